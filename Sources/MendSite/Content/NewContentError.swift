/// Why `mend new` cannot make a file: said as what to do.
public struct NewContentError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
