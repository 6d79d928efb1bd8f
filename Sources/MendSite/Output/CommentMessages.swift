import MendMarkdown

/// The Markdown of the comments one page shows (its page of threads), rendered once for
/// both the page's HTML and its structured data (as readers' comments are rendered:
/// ``MarkdownOptions/comment``).
struct CommentMessages {
    /// The comments shown, replies included, depth first in page order.
    let shown: [Comment]
    private let documents: [String: MarkdownDocument]

    init(_ threads: ArraySlice<CommentNode>, rootPath: String) {
        var options = MarkdownOptions.comment
        options.rootPath = rootPath
        func walk(_ nodes: some Collection<CommentNode>) -> [Comment] { nodes.flatMap { [$0.comment] + walk($0.replies) } }
        shown = walk(threads)
        documents = Dictionary(shown.map { ($0.id, Markdown.render($0.message, options: options)) },
                               uniquingKeysWith: { first, _ in first })
    }

    /// The rendered message of the comment with this id.
    subscript(_ comment: Comment) -> MarkdownDocument {
        documents[comment.id] ?? MarkdownDocument(html: "", headings: [], plainText: "", warnings: [])
    }
}
