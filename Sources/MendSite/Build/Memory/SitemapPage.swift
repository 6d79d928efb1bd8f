/// One line of `sitemap.xml`: a page's URL and when it last changed.
struct SitemapPage: Sendable, Equatable {
    let url: String
    let lastModified: ContentDate?
}
