/// A content page that will be published, with its place in the site.
public struct Entry: Sendable {
    public let file: ContentFile
    /// Root-relative, with the site's path prefix: `/guides/rebuilding-trust/`.
    public let url: String
    /// Under the output folder: `guides/rebuilding-trust/index.html`.
    public let outputPath: String
    /// A step's number within its guide.
    public let stepNumber: Int?
    /// For a guide or a step: the index of its guide in ``SiteModel/guides``.
    public let guideIndex: Int?
    /// Indexes into ``SiteModel/tags``, in the order the front matter gives.
    public var tagIndexes: [Int] = []
    /// For a step without a `date`: its guide's.
    public internal(set) var inheritedDate: ContentDate?

    public var kind: ContentKind { file.kind }
    public var title: String { file.frontMatter.title }
    public var frontMatter: FrontMatter { file.frontMatter }
    /// Its `date`; for a step without one, its guide's (for `close_after_days` and the sitemap).
    public var date: ContentDate? { file.frontMatter.date ?? inheritedDate }
    /// `updated`, else ``date``.
    public var lastModified: ContentDate? { file.frontMatter.updated ?? date }
}
