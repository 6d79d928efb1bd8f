/// Something in the Markdown that was dropped on the way to HTML, with its source position.
public struct MarkdownWarning: Sendable, Equatable {
    /// 1-based line in the Markdown text given to ``Markdown/render(_:options:)``.
    public let line: Int
    /// 1-based column, counted in Unicode scalars (as template and YAML errors are);
    /// for a raw HTML block, the column of its first `<` after any indentation.
    public let column: Int
    /// What was dropped and what to do about it, e.g. `raw HTML omitted: set markdown.unsafe: true
    /// in content/site.yml to allow it` or `link with unsafe URL scheme dropped`.
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}
