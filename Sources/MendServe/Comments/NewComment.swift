/// A comment typed in by the moderator (`mend comments add`), before it has an id.
public struct NewComment: Sendable, Equatable {
    /// The page path: `posts/first-post`.
    public var page: String
    public var name: String
    public var email: String?
    public var url: String?
    /// Markdown.
    public var message: String
    /// The id of the comment it replies to, on the same page.
    public var parent: String?
    /// ISO 8601; `nil` for the time of adding.
    public var date: String?
    /// Publish at once instead of waiting as pending.
    public var approved: Bool
    /// The comment form's hidden field (`fields[honeypot]`), which people never see: a
    /// comment that fills it in is refused. `nil` from the command line.
    public var honeypot: String?

    public init(page: String, name: String, email: String? = nil, url: String? = nil, message: String,
                parent: String? = nil, date: String? = nil, approved: Bool = false, honeypot: String? = nil) {
        self.honeypot = honeypot
        self.page = page
        self.name = name
        self.email = email
        self.url = url
        self.message = message
        self.parent = parent
        self.date = date
        self.approved = approved
    }
}
