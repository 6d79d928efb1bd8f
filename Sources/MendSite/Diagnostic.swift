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
    /// A warning about a comment nobody approved (pending or spam), which is left out of the
    /// site: even `--strict` does not fail on it, since such a comment never stops a build.
    public let isAboutUnapprovedComment: Bool

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, context: [String] = [],
                isAboutUnapprovedComment: Bool = false) {
        self.severity = severity
        self.location = location
        self.message = message
        self.context = context
        self.isAboutUnapprovedComment = isAboutUnapprovedComment && severity == .warning
    }

    public static func error(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    public static func warning(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// A warning about a pending or spam comment (``isAboutUnapprovedComment``).
    public static func unapprovedCommentWarning(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: location, message, isAboutUnapprovedComment: true)
    }

    /// The diagnostic with one more outer step in its context.
    public func within(_ step: String) -> Diagnostic {
        Diagnostic(severity, at: location, message, context: [step] + context, isAboutUnapprovedComment: isAboutUnapprovedComment)
    }

    /// Whether it fails a build: an error, or in strict mode a warning that is not about an
    /// unapproved comment.
    public func failsBuild(strict: Bool) -> Bool {
        severity == .error || (strict && !isAboutUnapprovedComment)
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
