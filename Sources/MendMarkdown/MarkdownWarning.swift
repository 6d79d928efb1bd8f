/// Something in the Markdown that was dropped on the way to HTML, with its source position.
public struct MarkdownWarning: Sendable, Equatable {
    /// 1-based line in the Markdown text given to ``Markdown/render(_:options:)``.
    public let line: Int
    /// 1-based column.
    public let column: Int
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}
