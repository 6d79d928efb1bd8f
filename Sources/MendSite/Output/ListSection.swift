/// A section page: `/guides/` lists the guides, `/posts/` the posts, newest first,
/// paginated. A section with no entries has no page. Its title is the string of its
/// name (`guides`, `posts`: see ``StringTable``).
enum ListSection: String, Sendable, CaseIterable {
    case guides, posts

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
