import Foundation
import Testing
import MendSite

@Suite("A valid site under a sub-path")
struct ValidSiteTests {
    @Test func everyLinkCarriesTheSubPath() throws {
        let result = try Fixtures.build(Fixtures.site("valid-blog"))
        #expect(result.succeeded, "\(result.diagnostics)")
        for file in result.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            for attribute in ["href=\"/", "src=\"/"] {
                var rest = html[...]
                while let range = rest.range(of: attribute) {
                    let value = rest[range.upperBound...].prefix(5)
                    #expect(value.hasPrefix("blog/"), "\(file.path): \(attribute)\(value)…")
                    rest = rest[range.upperBound...]
                }
            }
        }
        let post = try #require(Fixtures.text(result, "posts/first-post/index.html"))
        #expect(post.contains("src=\"/blog/posts/lake.svg\" alt=\"A calm lake\""))
        #expect(post.contains("src=\"/blog/posts/lake.svg\" alt=\"The same lake\""), "a relative image resolves from the post's folder")
        #expect(result.files.contains { $0.path == "posts/lake.svg" })
        let guide = try #require(Fixtures.text(result, "guides/listening/index.html"))
        #expect(guide.contains("href=\"/blog/guides/listening/be-present/\""))
    }

    @Test func feedAndSitemapUseAbsoluteURLs() throws {
        let result = try Fixtures.build(Fixtures.site("valid-blog"))
        let feed = try #require(Fixtures.text(result, "feed.xml"))
        #expect(feed.contains("<link href=\"https://example.org/blog/feed.xml\" rel=\"self\""))
        #expect(feed.contains("<id>https://example.org/blog/posts/first-post/</id>"))
        #expect(feed.contains("<updated>2024-03-01T00:00:00Z</updated>"))
        let sitemap = try #require(Fixtures.text(result, "sitemap.xml"))
        #expect(sitemap.contains("<loc>https://example.org/blog/guides/listening/be-present/</loc>"))
        #expect(!sitemap.contains("404"))
        #expect(Fixtures.text(result, "robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/blog/sitemap.xml\n")
    }

    @Test func draftsStayOutUnlessAskedFor() throws {
        #expect(!(try Fixtures.build(Fixtures.site("valid-blog"))).files.contains { $0.path.contains("unfinished") })
        let withDrafts = try Fixtures.build(Fixtures.site("valid-blog"), options: BuildOptions(includeDrafts: true))
        #expect(withDrafts.files.contains { $0.path == "posts/unfinished/index.html" })
    }

    @Test func stepHeadingsMoveDownOnTheGuidePageWithUniqueIDs() throws {
        let result = try Fixtures.build(Fixtures.site("valid-blog"))
        let guide = try #require(Fixtures.text(result, "guides/listening/index.html"))
        #expect(guide.contains("<h3 id=\"why-it-matters\">"))
        #expect(guide.contains("<h3 id=\"why-it-matters-1\">"))
        let step = try #require(Fixtures.text(result, "guides/listening/be-present/index.html"))
        #expect(step.contains("<h2 id=\"why-it-matters\">"))
    }
}
