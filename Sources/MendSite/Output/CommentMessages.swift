import MendMarkdown

/// The Markdown of a page's comments, rendered once for both the page's HTML and its
/// structured data (as readers' comments are rendered: ``MarkdownOptions/comment``).
struct CommentMessages {
    private let documents: [String: MarkdownDocument]

    init(_ section: PageComments?, rootPath: String) {
        var options = MarkdownOptions.comment
        options.rootPath = rootPath
        documents = Dictionary((section?.all ?? []).map { ($0.id, Markdown.render($0.message, options: options)) },
                               uniquingKeysWith: { first, _ in first })
    }

    /// The rendered message of the comment with this id.
    subscript(_ comment: Comment) -> MarkdownDocument {
        documents[comment.id] ?? MarkdownDocument(html: "", headings: [], plainText: "", warnings: [])
    }
}
