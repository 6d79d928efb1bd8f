/// The `comments:` section of site.yml.
public struct CommentSettings: Sendable, Equatable {
    /// Show comments sections at all.
    public var enabled: Bool
    /// Where the "Leave a Reply" form posts (a Staticman entry URL). Without one, no form is shown.
    public var endpoint: String?
    /// How deep replies nest; deeper replies line up at the deepest level.
    public var maxDepth: Int
    /// Close a page's comments this many days after its date (counted from the build's
    /// reference date, never the clock); `nil` keeps them open.
    public var closeAfterDays: Int?
    /// Top-level threads on one page of comments (replies go with their thread): the page
    /// itself shows the oldest, `comment-page-2/` and on the newer ones.
    public var perPage: Int

    public init(enabled: Bool = true, endpoint: String? = nil, maxDepth: Int = 5, closeAfterDays: Int? = nil,
                perPage: Int = 50) {
        self.enabled = enabled
        self.endpoint = endpoint
        self.maxDepth = maxDepth
        self.closeAfterDays = closeAfterDays
        self.perPage = perPage
    }

    public static let knownKeys = ["enabled", "endpoint", "max_depth", "close_after_days", "per_page"]
}
