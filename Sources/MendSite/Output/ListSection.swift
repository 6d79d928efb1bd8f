/// A section page: `/guides/` lists the guides, `/posts/` the posts, newest first,
/// paginated. A section with no entries has no page.
enum ListSection: String, Sendable, CaseIterable {
    case guides, posts

    /// The page's title and its breadcrumb: "Guides", "Posts".
    var title: String {
        switch self {
        case .guides: return "Guides"
        case .posts: return "Posts"
        }
    }

    /// The folder under the output: `guides/`.
    var folder: String { rawValue + "/" }

    /// The entries it lists (indexes into ``SiteModel/entries``), newest first: the
    /// guides' articles, or the posts.
    func entries(in model: SiteModel) -> [Int] {
        switch self {
        case .guides: return model.guidesByDate.map { model.guides[$0].article }
        case .posts: return model.posts
        }
    }
}
