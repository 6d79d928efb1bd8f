/// The derive stage's result: every published page with its URL, guides with their
/// steps in order, tags, and similar posts. Pure data, computed once per build.
public struct SiteModel: Sendable {
    public let config: SiteConfig
    /// Guides (article, then its steps), posts, pages: sorted by URL.
    public internal(set) var entries: [Entry] = []
    public internal(set) var guides: [Guide] = []
    /// Indexes of posts, newest first.
    public internal(set) var posts: [Int] = []
    /// Indexes of pages, by weight then title.
    public internal(set) var pages: [Int] = []
    /// By slug.
    public internal(set) var tags: [TagGroup] = []
    /// For each entry, the indexes of its most similar entries, best first.
    public internal(set) var similar: [[Int]] = []
    /// For each entry, its comments section (`nil` for pages without one, or with comments off).
    public internal(set) var pageComments: [PageComments?] = []
    /// Files under content/ to copy as they are.
    public internal(set) var assets: [OutputFile] = []
    /// Each published content file's page URL, by its path (`content/posts/x.md`).
    public internal(set) var contentURLs: [String: String] = [:]

    init(config: SiteConfig) {
        self.config = config
    }

    /// Guides, newest first.
    public internal(set) var guidesByDate: [Int] = []

    /// Newer date first (undated last), then lower weight, then title, then URL.
    static func isNewer(_ lhs: Entry, than rhs: Entry) -> Bool {
        let left = lhs.frontMatter.date?.timestamp ?? Int.min, right = rhs.frontMatter.date?.timestamp ?? Int.min
        if left != right { return left > right }
        let leftWeight = lhs.frontMatter.weight ?? 0, rightWeight = rhs.frontMatter.weight ?? 0
        if leftWeight != rightWeight { return leftWeight < rightWeight }
        return (lhs.title, lhs.url) < (rhs.title, rhs.url)
    }
}
