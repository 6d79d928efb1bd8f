import Testing
@testable import MendSite

/// Which links of a page's text go to the site's own pages, and to which URL.
@Suite("Links into the site")
struct SiteLinkTests {
    static let config = SiteConfig(title: "T", baseURL: "https://example.org/blog/")

    @Test(arguments: [
        ("/blog/posts/a/", "/blog/posts/a/"), ("/blog/posts/a", "/blog/posts/a/"),
        ("/blog/posts/a/index.html#why", "/blog/posts/a/"), ("/blog/posts/a/?page=2", "/blog/posts/a/"),
        ("https://example.org/blog/posts/a/#x", "/blog/posts/a/"), ("/a/./b/../c", "/a/c/"), ("/../a", "/a/"),
        ("/", "/"), ("/a//b", "/a/b/"), ("/café/thé", "/café/thé/"), ("/blog/index.html", "/blog/"),
        ("https://example.org//x", nil), ("//other.org/x", nil), ("https://other.org/blog/x/", nil),
        ("mailto:a@example.org", nil), ("#top", nil), ("relative/x/", nil), ("", nil),
    ] as [(String, String?)])
    func pathOfALink(href: String, expected: String?) {
        #expect(SiteLink.path(of: href, in: Self.config) == expected)
    }
}
