/// Markdown rendered: its HTML and what the site needs to know about it.
public struct MarkdownDocument: Sendable, Equatable {
    /// The HTML; every heading has an id and links to itself.
    public let html: String
    /// The headings, in order: the outline for a table of contents.
    public let headings: [Heading]
    /// The text without markup, blocks separated by blank lines: for word counts,
    /// reading time, excerpts and similarity.
    public let plainText: String
    /// Raw HTML omitted (safe mode) and links with unsafe schemes dropped.
    public let warnings: [MarkdownWarning]
    /// Where its links go, as written into their `href` (resolved against the page's folder),
    /// in order: for "Similar posts", which leaves out what a page already links to.
    public let links: [String]

    public init(html: String, headings: [Heading], plainText: String, warnings: [MarkdownWarning], links: [String] = []) {
        self.html = html
        self.headings = headings
        self.plainText = plainText
        self.warnings = warnings
        self.links = links
    }
}
