/// A place in a source file: `path:line:column`, 1-based.
///
/// `line` and `column` are 0 when unknown (a whole-file problem); `description` then
/// prints just the path.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path relative to the site's source folder, such as `content/guides/x/index.md`.
    public let path: String
    public let line: Int
    public let column: Int

    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String {
        line > 0 ? "\(path):\(line):\(max(column, 1))" : path
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
