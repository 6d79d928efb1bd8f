/// One file of a site's sources, as read from disk by the edge (MendServe).
public struct SourceFile: Sendable, Hashable {
    /// Relative to the source folder, with `/` separators: `content/site.yml`, `templates/assets/style.css`.
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The bytes as text; invalid UTF-8 becomes U+FFFD.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

public extension SourceFile {
    /// The line and column of the first byte that is not valid UTF-8, or `nil` when all are.
    var firstInvalidUTF8: SourceLocation? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.first == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
            case .error:
                return SourceLocation(path: path, line: line, column: column)
            case .emptyInput:
                return nil
            }
        }
    }
}
