/// A link whose URL the site decides after the Markdown is rendered, with where it is
/// written: a link to a content file (`02-take-responsibility.md`, `../posts/x.md#why`),
/// which becomes that page's URL, or a relative link to a page (`../pause/`), which resolves
/// against the URL of the page the text belongs to (see ``MarkdownOptions/sourceFolder``).
public struct DeferredLink: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        /// A content file's path (`content/posts/x.md`), and what follows it (`#why`, or "").
        case file(path: String, suffix: String)
        /// A relative reference as written (`../pause/`, `other?x=1#y`).
        case relative(String)
    }

    public let target: Target
    /// The placeholder written into the `href` in its place (before escaping).
    public let placeholder: String
    /// 1-based position of the link in the Markdown.
    public let line: Int
    public let column: Int

    /// Every placeholder starts with this; a link written with the `mend:` scheme is dropped.
    static let prefix = "mend:"

    init(_ target: Target, line: Int, column: Int) {
        self.target = target
        self.line = line
        self.column = column
        switch target {
        case .file(let path, let suffix): placeholder = Self.prefix + "file:" + path + suffix
        case .relative(let reference): placeholder = Self.prefix + "page:" + reference
        }
    }
}
