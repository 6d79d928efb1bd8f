import Foundation
import Testing
import MendSite

/// Tests/Fixtures/paginated-blog: 25 posts and a guide under /blog/, 10 to a page.
@Suite("A site whose lists take several pages")
struct PaginatedSiteTests {
    static let site = Fixtures.site("paginated-blog")

    static func build() throws -> BuildResult {
        let result = try Fixtures.build(site, options: BuildOptions(strict: true))
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return result
    }

    /// The HTML of `path`; fails the test when it was not built.
    static func html(_ result: BuildResult, _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        try #require(Fixtures.text(result, path), "\(path) was not built", sourceLocation: sourceLocation)
    }

    @Test func everyListHasItsPagesAndNoMore() throws {
        let paths = Set(try Self.build().files.map(\.path))
        #expect(paths.filter { $0.contains("page/") }.sorted() == [
            "page/2/index.html", "page/3/index.html", "posts/page/2/index.html", "posts/page/3/index.html",
            "tags/eleven/page/2/index.html", "tags/evening/page/2/index.html",
            "tags/trust/page/2/index.html", "tags/trust/page/3/index.html",
        ])
        for path in ["index.html", "posts/index.html", "guides/index.html", "tags/ten/index.html", "tags/trust/index.html"] {
            #expect(paths.contains(path), "missing \(path)")
        }
        #expect(!paths.contains { $0.contains("page/1/") }, "page 1 lives at the list's own URL")
    }

    @Test func pagesShowTheirShareOfTheListNewestFirst() throws {
        let result = try Self.build()
        func count(_ path: String) throws -> Int { try Self.html(result, path).components(separatedBy: "<li class=\"item\">").count - 1 }
        #expect(try count("index.html") == 11, "the guide and 10 posts")
        #expect(try [count("page/2/index.html"), count("page/3/index.html")] == [10, 5])
        #expect(try [count("posts/index.html"), count("posts/page/2/index.html"), count("posts/page/3/index.html")] == [10, 10, 5])
        #expect(try [count("tags/trust/index.html"), count("tags/trust/page/2/index.html"), count("tags/trust/page/3/index.html")] == [10, 10, 6])
        #expect(try [count("tags/eleven/index.html"), count("tags/eleven/page/2/index.html")] == [10, 1])
        #expect(try count("tags/ten/index.html") == 10)
        let third = try Self.html(result, "page/3/index.html")
        #expect(third.contains("/blog/posts/post-05/") && third.contains("/blog/posts/post-01/") && !third.contains("/blog/posts/post-06/"))
        #expect(!third.contains("/blog/guides/patience/"), "the guides stay on page 1")
    }

    @Test func headLinksTitlesAndCanonicalURLsNameThePageItself() throws {
        let result = try Self.build()
        let middle = try Self.html(result, "tags/trust/page/2/index.html")
        #expect(middle.contains("<title>Tagged “trust” — Page 2 of 3 · Paginated Fixture</title>"))
        #expect(middle.contains("<link rel=\"canonical\" href=\"https://example.org/blog/tags/trust/page/2/\">"))
        #expect(middle.contains("<link rel=\"prev\" href=\"/blog/tags/trust/\">"))
        #expect(middle.contains("<link rel=\"next\" href=\"/blog/tags/trust/page/3/\">"))
        let first = try Self.html(result, "index.html")
        #expect(first.contains("<title>Paginated Fixture</title>"))
        #expect(!first.contains("rel=\"prev\"") && first.contains("<link rel=\"next\" href=\"/blog/page/2/\">"))
        let last = try Self.html(result, "posts/page/3/index.html")
        #expect(last.contains("<title>Posts — Page 3 of 3 · Paginated Fixture</title>"))
        #expect(last.contains("<link rel=\"prev\" href=\"/blog/posts/page/2/\">") && !last.contains("rel=\"next\""))
        let single = try Self.html(result, "tags/ten/index.html")
        #expect(!single.contains("rel=\"prev\"") && !single.contains("rel=\"next\"") && !single.contains("aria-label=\"Pages\""))
        let titles = try result.files.filter { $0.path.hasSuffix(".html") }.map { file in
            let html = String(decoding: file.bytes, as: UTF8.self)
            let start = try #require(html.range(of: "<title>")), end = try #require(html.range(of: "</title>"))
            return String(html[start.upperBound..<end.lowerBound])
        }
        #expect(Set(titles).count == titles.count, "every page's title is its own")
    }

    @Test func theVisibleLinksMarkTheCurrentPage() throws {
        let html = try Self.html(try Self.build(), "page/2/index.html")
        let nav = try #require(html.range(of: "<nav class=\"pagination\" aria-label=\"Pages\">"))
        let end = try #require(html.range(of: "</nav>", range: nav.upperBound..<html.endIndex))
        let links = String(html[nav.lowerBound..<end.lowerBound])
        #expect(links.contains("<a href=\"/blog/\" rel=\"prev\">"))
        #expect(links.contains("<a href=\"/blog/page/3/\" rel=\"next\">"))
        #expect(links.contains("<a href=\"/blog/page/2/\" aria-current=\"page\"><span class=\"visually-hidden\">Page </span>2</a>"))
        #expect(links.components(separatedBy: "aria-current").count == 2, "one current page")
    }

    @Test func theSitemapListsEveryListPageAndTheFeedIsUnaffected() throws {
        let result = try Self.build()
        let sitemap = try #require(Fixtures.text(result, "sitemap.xml"))
        for url in ["", "page/2/", "page/3/", "guides/", "posts/", "posts/page/2/", "posts/page/3/",
                    "tags/trust/", "tags/trust/page/2/", "tags/trust/page/3/", "tags/eleven/page/2/", "tags/ten/"] {
            #expect(sitemap.contains("<loc>https://example.org/blog/\(url)</loc>"), "sitemap misses /blog/\(url)")
        }
        #expect(!sitemap.contains("page/1/") && !sitemap.contains("page/4/"))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = try folder.copySite("paginated-blog")
        let config = copy.appendingPathComponent("content/site.yml")
        let text = try String(contentsOf: config, encoding: .utf8).replacingOccurrences(of: "paginate: 10", with: "paginate: 1000")
        try Data(text.utf8).write(to: config)
        let unpaginated = try Fixtures.build(copy)
        #expect(Fixtures.text(unpaginated, "feed.xml") == Fixtures.text(result, "feed.xml"))
        #expect(!unpaginated.files.contains { $0.path.contains("page/") })
    }

    @Test func everyLinkCarriesTheSubPathAndTheOutputIsDeterministic() throws {
        let result = try Self.build()
        for file in result.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            for attribute in ["href=\"/", "src=\"/"] {
                var rest = html[...]
                while let range = rest.range(of: attribute) {
                    #expect(rest[range.upperBound...].hasPrefix("blog/"), "\(file.path): \(attribute)\(rest[range.upperBound...].prefix(20))…")
                    rest = rest[range.upperBound...]
                }
            }
        }
        #expect(try Self.build().files == result.files)
    }

    @Test func sectionPagesAreWhereTheBreadcrumbsOfTheirEntriesLead() throws {
        let result = try Self.build()
        let post = try Self.html(result, "posts/post-03/index.html")
        #expect(post.contains("<li><a href=\"/blog/posts/\">Posts</a></li>"))
        let step = try Self.html(result, "guides/patience/pause/index.html")
        #expect(step.contains("<li><a href=\"/blog/guides/\">Guides</a></li>"))
        let guides = try Self.html(result, "guides/index.html")
        #expect(guides.contains("<title>Guides · Paginated Fixture</title>") && guides.contains("/blog/guides/patience/"))
    }
}
