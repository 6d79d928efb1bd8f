/// A link or image of a Markdown text: where it goes (as written into the HTML, before
/// escaping) and where it is written, for checks that report `file:line:column`.
public struct MarkdownLink: Sendable, Equatable {
    /// The `href` or `src`.
    public let url: String
    /// 1-based position in the Markdown (columns in Unicode scalars).
    public let line: Int
    public let column: Int
    public let isImage: Bool
    /// An image's alt text, trimmed (`""` when it has none); `nil` for a link.
    public let altText: String?

    public init(url: String, line: Int, column: Int, isImage: Bool, altText: String? = nil) {
        self.url = url
        self.line = line
        self.column = column
        self.isImage = isImage
        self.altText = altText
    }

    func with(url: String? = nil, column: Int? = nil) -> MarkdownLink {
        MarkdownLink(url: url ?? self.url, line: line, column: column ?? self.column, isImage: isImage, altText: altText)
    }
}
