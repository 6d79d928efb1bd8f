import MendTemplates

/// The YAML header of a content file: everything between the `---` lines.
public struct FrontMatter: Sendable, Equatable {
    public var title = ""
    public var summary: String?
    public var date: ContentDate?
    public var updated: ContentDate?
    public var tags: [String] = []
    public var draft = false
    /// A step guide's number within its guide.
    public var step: Int?
    /// Orders posts and pages with equal dates, and pages in the navigation (lower first).
    public var weight: Int?
    /// Replaces the file name in the page's URL.
    public var slug: String?
    /// `closed` turns the comment form off for this page; `open` (the default) keeps it.
    public var commentsClosed = false
    /// A gentle note shown before the text ("This guide talks about infidelity.").
    public var contentNote: String?
    /// The writer's own values for templates (`page.params.x`).
    public var params: TemplateValue = [:]
    /// The theme template that renders the page instead of its kind's (`wide` for `templates/wide.mustache`).
    public var layout: String?
    /// Old URLs of the page, each written as a page that redirects to it.
    public var aliases: [String] = []
    /// A cover image for link previews and structured data: beside the Markdown, root-relative or absolute.
    public var image: String?
    /// Where each key was written, for later diagnostics (such as a duplicate `step:`).
    public var locations: [String: SourceLocation] = [:]

    public init() {}

    /// The keys front matter understands.
    public static let knownKeys = ["title", "summary", "date", "updated", "tags", "draft", "step", "weight",
                                   "slug", "comments", "content_note", "params", "layout", "aliases", "image"]
}
