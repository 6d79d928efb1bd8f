/// An error or warning about the site's sources, in the format compilers use:
/// `path:line:column: error: message`, so editors and terminals jump to it.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public let severity: Severity
    public let location: SourceLocation
    public let message: String
    /// Where this happened on the way, outermost first ("while rendering content/x.md").
    public let context: [String]

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, context: [String] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.context = context
    }

    public static func error(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    public static func warning(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// The diagnostic with one more outer step in its context.
    public func within(_ step: String) -> Diagnostic {
        Diagnostic(severity, at: location, message, context: [step] + context)
    }

    /// `path:line:column: error: message`, preceded by its context: `while rendering x: `.
    public var description: String {
        let prefix = context.map { "\($0): " }.joined()
        return "\(prefix)\(location): \(severity.rawValue): \(message)"
    }

    /// Sorted by place, so diagnostics print in a stable order.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity.rawValue, lhs.message, lhs.context.joined(separator: "\n"))
            < (rhs.location, rhs.severity.rawValue, rhs.message, rhs.context.joined(separator: "\n"))
    }
}
