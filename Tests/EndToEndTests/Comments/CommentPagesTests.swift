import Foundation
import MendDefaultTheme
import MendSite
import Testing

/// A page's comment threads are cut into pages of `comments.per_page` (50 by default): the
/// oldest on the page itself, newer ones at `comment-page-N/`, linked both ways without
/// script, so no page grows without bound.
@Suite("Comment pages")
struct CommentPagesTests {
    static let siteYAML = """
        title: Test
        base_url: https://example.org/
        comments:
          endpoint: https://comments.example.org/v3/entry/github/o/r/main/comments

        """

    /// A post with `threads` top-level comments, one an hour from 2024-01-01 (their ids
    /// number them), each of the first `replies` threads with a reply.
    static func sources(threads: Int, replies: Int = 0, settings: String = "") -> [SourceFile] {
        var files = [
            "content/site.yml": siteYAML + settings,
            "content/posts/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\nText.\n",
        ]
        let format = ISO8601DateFormatter()
        for number in 0..<threads {
            let date = format.string(from: Date(timeIntervalSince1970: 1_704_067_200 + Double(number) * 3_600))
            files["content/comments/posts/a/c\(number).yml"] = "id: c\(number)\nname: Reader \(number)\ndate: \(date)\nmessage: Comment \(number).\n"
            if number < replies {
                files["content/comments/posts/a/r\(number).yml"] =
                    "id: r\(number)\nparent: c\(number)\nname: Writer\ndate: \(date)\nmessage: Reply \(number).\n"
            }
        }
        let own = files.map { SourceFile(path: $0.key, text: $0.value) }
        return (own + DefaultTheme.files).sorted { $0.path < $1.path }
    }

    static func build(_ sources: [SourceFile]) throws -> [String: String] {
        let result = SiteBuilder(options: BuildOptions(strict: true)).build(sources)
        try #require(result.succeeded, "\(result.diagnostics)")
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    /// The ids of the comments a page shows, in order.
    static func commentIDs(_ html: String?) -> [String] {
        (html ?? "").matches(of: /<article id="comment-([a-z0-9]+)"/).map { String($0.1) }
    }

    @Test("120 threads make three pages: 50, 50 and 20, oldest first, replies with their thread")
    func threadsFillPagesInOrder() throws {
        let site = try Self.build(Self.sources(threads: 120, replies: 60))
        let first = Self.commentIDs(site["posts/a/index.html"])
        #expect(first.count == 100, "50 threads with a reply each")
        #expect(first.prefix(4) == ["c0", "r0", "c1", "r1"])
        #expect(Self.commentIDs(site["posts/a/comment-page-2/index.html"]).prefix(4) == ["c50", "r50", "c51", "r51"])
        let third = Self.commentIDs(site["posts/a/comment-page-3/index.html"])
        #expect(third == (100..<120).map { "c\($0)" })
        #expect(site["posts/a/comment-page-1/index.html"] == nil && site["posts/a/comment-page-4/index.html"] == nil)
        #expect(site.keys.filter { $0.contains("comment-page") }.count == 2)
    }

    @Test("the pages link to each other, with #comments, and carry the whole count")
    func pagesLinkEachOther() throws {
        let site = try Self.build(Self.sources(threads: 120))
        let first = try #require(site["posts/a/index.html"])
        #expect(first.contains(#"<nav class="pagination" aria-label="Comment pages">"#))
        #expect(first.contains(#"<a href="/posts/a/comment-page-2/#comments" rel="next">Newer comments"#))
        #expect(!first.contains("Older comments"))
        #expect(first.contains("120 thoughts on “A”"))
        let second = try #require(site["posts/a/comment-page-2/index.html"])
        #expect(second.contains(#"<a href="/posts/a/#comments" rel="prev"><span aria-hidden="true">← </span>Older comments"#))
        #expect(second.contains(#"<a href="/posts/a/comment-page-3/#comments" rel="next">Newer comments"#))
        #expect(second.contains(#"<a href="/posts/a/comment-page-2/#comments" aria-current="page">"#))
        #expect(second.contains("<h1>Comments on “A”</h1>") && second.contains("Page 2 of 3"))
        #expect(second.contains(#"<a href="/posts/a/">Back to “A”</a>"#))
        #expect(second.contains(#"<link rel="canonical" href="https://example.org/posts/a/comment-page-2/">"#))
        #expect(second.contains("<title>Comments on “A” — Page 2 of 3 · Test</title>"))
        #expect(second.contains("120 thoughts on “A”"))
        // After posting from page 2, the reader comes back to page 2.
        #expect(second.contains(#"name="options[redirect]" value="https://example.org/posts/a/comment-page-2/#comments""#))
        #expect(second.contains(#"name="options[slug]" value="posts/a""#), "a comment posted here belongs to the post")
        let sitemap = try #require(site["sitemap.xml"])
        #expect(sitemap.contains("/posts/a/</loc>") && !sitemap.contains("comment-page"))
    }

    @Test("structured data: the whole count, and the comments each page shows, named by that page")
    func structuredDataFollowsThePage() throws {
        let site = try Self.build(Self.sources(threads: 60))
        let first = try #require(site["posts/a/index.html"])
        #expect(first.contains(#""commentCount":60"#))
        #expect(first.contains(#""@id":"https://example.org/posts/a/#comment-c49""#))
        #expect(!first.contains("#comment-c50\""))
        let second = try #require(site["posts/a/comment-page-2/index.html"])
        #expect(second.contains(#""@id":"https://example.org/posts/a/comment-page-2/#comment-c50""#))
        #expect(second.contains(#""about":{"@id":"https://example.org/posts/a/#article"}"#))
    }

    @Test("50 threads or fewer: one page, no links; per_page changes the cut")
    func perPageSetting() throws {
        let fifty = try Self.build(Self.sources(threads: 50))
        #expect(!fifty.keys.contains { $0.contains("comment-page") })
        #expect(!(fifty["posts/a/index.html"] ?? "").contains("Comment pages"))
        let tens = try Self.build(Self.sources(threads: 25, settings: "  per_page: 10\n"))
        #expect(Self.commentIDs(tens["posts/a/comment-page-3/index.html"]) == (20..<25).map { "c\($0)" })
    }

    @Test("a step cannot take the slug of its guide's comment pages")
    func stepSlugsKeepClearOfCommentPages() {
        var sources = Self.sources(threads: 1)
        sources += [SourceFile(path: "content/guides/g/index.md", text: "---\ntitle: G\ndate: 2024-01-01\n---\nIntro.\n"),
                    SourceFile(path: "content/guides/g/01-comment-page-2.md", text: "---\ntitle: Two\n---\nText.\n")]
        let result = SiteBuilder().build(sources.sorted { $0.path < $1.path })
        #expect(result.diagnostics.contains { $0.message == "the slug 'comment-page-2' is kept for the guide's comment pages: give the step another" },
                "\(result.diagnostics)")
        #expect(!result.succeeded)
    }

    @Test("per_page must be a whole number from 1 to 1000")
    func badPerPage() {
        for value in ["0", "-3", "many", "1001"] {
            let result = SiteBuilder().build(Self.sources(threads: 2, settings: "  per_page: \(value)\n"))
            #expect(!result.succeeded, "per_page: \(value)")
            #expect(result.diagnostics.contains { $0.description.contains("comments.per_page") }, "\(result.diagnostics)")
        }
    }

    /// The issue's case: 20,000 comments on one post (21,000 used to fail the build).
    @Test("20,000 comments on one post build, into 400 pages of bounded size")
    func twentyThousandComments() throws {
        let site = try Self.build(Self.sources(threads: 20_000))
        let pages = site.keys.filter { $0.hasPrefix("posts/a/") }
        #expect(pages.count == 400)
        #expect(Self.commentIDs(site["posts/a/comment-page-400/index.html"]).last == "c19999")
        let largest = pages.compactMap { site[$0]?.utf8.count }.max() ?? 0
        #expect(largest < 400_000, "the largest comment page is \(largest) bytes")
    }
}
