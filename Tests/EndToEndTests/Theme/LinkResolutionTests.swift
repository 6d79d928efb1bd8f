import Foundation
import MendDefaultTheme
import MendSite
import Testing

/// Links written as a writer thinks of them work on every page that shows the text: to a
/// content file (its page's URL), relative to the page, or to a file beside the Markdown.
@Suite("Links that resolve")
struct LinkResolutionTests {
    static let files = [
        "content/site.yml": "title: Test\nbase_url: https://example.org/\n",
        "content/guides/g/index.md": "---\ntitle: G\ndate: 2024-05-01\n---\nStart with [the first step](01-first.md).\n\n<!-- steps -->\n\nRead [the post](../../posts/x.md) again, from [the top](#step-1).\n",
        "content/guides/g/01-first.md": """
            ---
            title: First
            ---
            Go on to [the next step](02-second.md), [the same, relatively](../second/),
            [a post](../../posts/x.md#why), [the guide](index.md) and [this page](./).

            ![A photo](photo.jpg) and [the notes](files/notes.pdf).

            """,
        "content/guides/g/02-second.md": "---\ntitle: Second\n---\nBack to [step one](01-first.md#top), or [the guide](..).\n",
        "content/guides/g/photo.jpg": "jpg",
        "content/guides/g/files/notes.pdf": "pdf",
        "content/posts/x.md": "---\ntitle: X\ndate: 2024-05-02\nslug: ex\n---\n## Why\n\nSee [the guide](../guides/g/index.md).\n",
    ]

    static let expected = [
        #"<a href="/guides/g/second/">the next step</a>"#, #"<a href="/guides/g/second/">the same, relatively</a>"#,
        #"<a href="/posts/ex/#why">a post</a>"#, #"<a href="/guides/g/">the guide</a>"#, #"<a href="/guides/g/first/">this page</a>"#,
        #"<img src="/guides/g/photo.jpg" alt="A photo">"#, #"<a href="/guides/g/files/notes.pdf">the notes</a>"#,
    ]

    @Test("a step's links go to the same places on its page, on its guide's page and in the feed")
    func everyPageShowingTheTextAgrees() throws {
        let site = try ThemeSite.build(Self.files)
        for path in ["guides/g/first/index.html", "guides/g/index.html"] {
            let page = try #require(site[path])
            for link in Self.expected { #expect(page.contains(link), "\(path) has no \(link)") }
        }
        let feed = try #require(site["feed.xml"])
        #expect(feed.contains("/posts/ex/#why") && !feed.contains("mend:"))
        #expect(try #require(site["posts/ex/index.html"]).contains(#"<a href="/guides/g/">the guide</a>"#))
        let last = try #require(site["guides/g/second/index.html"])
        #expect(last.contains(#"<a href="/guides/g/first/#top">step one</a>"#))
        #expect(last.contains(#"<a href="/guides/g/">the guide</a>"#), "'..' from a step is its guide")
        // The guide's closing ends the last step's page: its links go where they go on the guide's.
        #expect(last.contains(#"<a href="/posts/ex/">the post</a>"#) && last.contains(##"<a href="/guides/g/#step-1">the top</a>"##))
        #expect(try #require(site["guides/g/index.html"]).contains(##"<a href="#step-1">the top</a>"##))
    }

    @Test("a step's links to its own headings follow them on the guide's page, and in the feed name their page")
    func fragmentsFollowTheirHeadings() throws {
        var files = Self.files
        files["content/guides/g/index.md"] = "---\ntitle: G\ndate: 2024-05-01\n---\nIntro.\n\n<!-- steps -->\n\n## Why\n\nThe end.\n"
        files["content/guides/g/01-first.md"] = "---\ntitle: First\n---\n## Why\n\nSee [why](#why).\n"
        files["content/guides/g/02-second.md"] = "---\ntitle: Second\n---\n## Why\n\nSee [why](#why) and [the post](/posts/x.md).\n"
        let site = try ThemeSite.build(files)
        let guide = try #require(site["guides/g/index.html"])
        let ids = guide.matches(of: /<h3 id="(why[-0-9]*)">/).map { String($0.1) }
        #expect(ids.count == 2 && !ids.contains("why"), "the closing took 'why' first: \(ids)")
        for id in ids { #expect(guide.contains("<a href=\"#\(id)\">why</a>"), "\(id)") }
        #expect(try #require(site["guides/g/first/index.html"]).contains(##"<a href="#why">why</a>"##))
        #expect(try #require(site["guides/g/second/index.html"]).contains(#"<a href="/posts/ex/">the post</a>"#), "a content file named from content/")
        let feed = try #require(site["feed.xml"])
        #expect(feed.contains("href=&quot;https://example.org/guides/g/#"), "fragments in the feed name their page")
        #expect(!feed.contains("href=&quot;#"))
    }

    @Test("no href or src of any page has a dot segment or a placeholder")
    func nothingLeftUnresolved() throws {
        for (path, text) in try ThemeSite.build(Self.files) where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            for match in text.matches(of: /(?:href|src)="([^"]*)"/) {
                let url = String(match.1)
                #expect(!url.contains("/../") && !url.contains("/./") && !url.hasPrefix("../") && !url.hasPrefix("mend:"),
                        "\(path): \(url)")
            }
        }
    }

    @Test("under a sub-path, the links carry it")
    func subPath() throws {
        var files = Self.files
        files["content/site.yml"] = "title: Test\nbase_url: https://example.org/blog/\n"
        let page = try #require(try ThemeSite.build(files)["guides/g/first/index.html"])
        #expect(page.contains(#"<a href="/blog/posts/ex/#why">a post</a>"#))
        #expect(page.contains(#"<a href="/blog/guides/g/second/">the same, relatively</a>"#))
        #expect(page.contains(#"<img src="/blog/guides/g/photo.jpg" alt="A photo">"#))
    }

    static func diagnostics(_ files: [String: String]) -> [String] {
        let sources = ThemeSite.sources(files)
        let result = SiteBuilder().build(sources)
        #expect(!result.succeeded)
        return result.diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    @Test("a link to a missing content file is an error at its line and column")
    func missingFile() {
        var files = Self.files
        files["content/posts/y.md"] = "---\ntitle: Y\n---\nFirst line.\n\nSee [this](nope.md#a).\n"
        #expect(Self.diagnostics(files) == ["content/posts/y.md:6:5: error: the link goes to no page: there is no content/posts/nope.md: check the file name (links to content files are relative to this file's folder)"])
    }

    @Test("a link to a draft is an error that says so")
    func linkToADraft() {
        var files = Self.files
        files["content/posts/d.md"] = "---\ntitle: D\ndraft: true\n---\nSoon.\n"
        files["content/posts/y.md"] = "---\ntitle: Y\n---\n[soon](d.md)\n"
        let errors = Self.diagnostics(files)
        #expect(errors.count == 1 && errors[0].hasPrefix("content/posts/y.md:4:1: error: the link goes to no page: content/posts/d.md is not published"), "\(errors)")
    }

    @Test("when the page a link goes to moves, the update writes the link's new URL")
    func incrementalFollowsTheTarget() throws {
        var build = IncrementalBuild(options: BuildOptions(strict: true))
        #expect(build.build(ThemeSite.sources(Self.files)).result.succeeded)
        var files = Self.files
        files["content/posts/x.md"] = files["content/posts/x.md"]!.replacingOccurrences(of: "slug: ex", with: "slug: why-it-matters")
        let update = build.update([.write(SourceFile(path: "content/posts/x.md", text: files["content/posts/x.md"]!))])
        #expect(update.result.succeeded)
        let written = Dictionary(uniqueKeysWithValues: update.written.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        for path in ["guides/g/first/index.html", "guides/g/index.html"] {
            #expect(written[path]?.contains(#"<a href="/posts/why-it-matters/#why">a post</a>"#) == true, "\(path) not rewritten")
        }
        #expect(written["guides/g/second/index.html"]?.contains(#"<a href="/posts/why-it-matters/">the post</a>"#) == true,
                "the closing on the last step follows the post too")
        let clean = try ThemeSite.build(files)
        #expect(written["guides/g/second/index.html"] == clean["guides/g/second/index.html"])
        #expect(written["guides/g/first/index.html"] == clean["guides/g/first/index.html"])
    }
}
