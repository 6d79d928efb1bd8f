/// A heading of a Markdown document, for a table of contents.
public struct Heading: Sendable, Equatable {
    /// 1...6, after ``MarkdownOptions/headingLevelOffset``.
    public let level: Int
    /// The heading's plain text.
    public let text: String
    /// Its unique, GitHub-style id (`Open Lines of Communication` -> `open-lines-of-communication`).
    public let id: String
    /// The line of the Markdown it is written on (1-based).
    public let line: Int

    public init(level: Int, text: String, id: String, line: Int = 1) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}
