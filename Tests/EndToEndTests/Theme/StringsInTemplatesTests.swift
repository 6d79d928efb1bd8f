import MendSite
import Testing

/// `strings:` reaching the theme: a replaced text on every page that shows it, a site's own
/// string in its own template, and a key nothing uses.
@Suite("Strings in templates")
struct StringsInTemplatesTests {
    static let post = "---\ntitle: A & B\ndate: 2024-05-01\ntags: [calm]\n---\nText.\n"

    @Test("a replaced string shows wherever the theme shows it, escaped, with the template's markup in its placeholders")
    func replacedStringsShow() throws {
        let site = "title: Test\nbase_url: https://example.org/\nstrings:\n  tags_label: \"Topics & themes:\"\n  home: Start\n"
            + "  back_to_start: \"Again: {{title}}\"\n  comments_heading: {none: \"Be the first, on {{title}}\", one: \"One on {{title}}\", other: \"{{count}} on {{title}}\"}\n"
            + "comments:\n  endpoint: https://comments.example.org/entry\n"
        let pages = try ThemeSite.build(["content/site.yml": site, "content/posts/a.md": Self.post])
        let page = try #require(pages["posts/a/index.html"])
        #expect(page.contains("<span id=\"tags-label\">Topics &amp; themes:</span>"))
        #expect(page.contains("<li><a href=\"/\">Start</a></li>"), "the breadcrumbs")
        #expect(page.contains("\"name\":\"Start\""), "the JSON-LD")
        #expect(page.contains(">Be the first, on A &amp; B</h2>"))
        let home = try #require(pages["index.html"])
        #expect(home.contains("aria-current=\"page\">Start</a>"), "the navigation")
    }

    @Test("a site's own string reaches its own template; one nothing includes is warned of")
    func ownStrings() throws {
        let files = [
            "content/site.yml": "title: Test\nbase_url: https://example.org/\nstrings:\n  greeting: \"Hello from {{site.title}} <3\"\n  hom: Start\n",
            "content/posts/a.md": Self.post,
            "templates/partials/footer.mustache": "<footer><p>{{>strings/greeting}}</p></footer>\n",
        ]
        let result = SiteBuilder().build(ThemeSite.sources(files))
        try #require(result.succeeded, "\(result.diagnostics)")
        #expect(result.diagnostics.map(\.description) == [
            "content/site.yml:5:3: warning: no template includes the string 'hom' ({{>strings/hom}}): did you mean 'home'?",
        ])
        let page = try #require(result.files.first { $0.path == "posts/a/index.html" })
        #expect(String(decoding: page.bytes, as: UTF8.self).contains("<footer><p>Hello from Test &lt;3</p></footer>"))
    }

    @Test("a block a page passes to its layout does not fill the placeholders of the strings inside")
    func blocksOfTheLayoutStayTheirs() throws {
        let files = [
            "content/site.yml": "title: Test\nbase_url: https://example.org/\n",
            "content/posts/a.md": Self.post,
            "templates/post.mustache": "{{<layout}}{{$title}}Hijack{{/title}}{{$content}}<p id=\"t\">{{#page}}{{>strings/comments_on}}{{/page}}</p>{{/content}}{{/layout}}\n",
        ]
        let page = try #require(try ThemeSite.build(files)["posts/a/index.html"])
        #expect(page.contains("<p id=\"t\">Comments on “A &amp; B”</p>"), "\(page)")
    }

    @Test("a template under templates/strings/ is not used, and said so")
    func stringTemplatesAreWarnedOf() throws {
        let files = [
            "content/site.yml": "title: Test\nbase_url: https://example.org/\n",
            "content/posts/a.md": Self.post,
            "templates/strings/home.mustache": "Start",
        ]
        let result = SiteBuilder().build(ThemeSite.sources(files))
        try #require(result.succeeded, "\(result.diagnostics)")
        #expect(result.diagnostics.map(\.description) == [
            "templates/strings/home.mustache: warning: the templates under strings/ are the strings table's: write this text under `strings:` in content/site.yml instead",
        ])
        let home = try #require(result.files.first { $0.path == "index.html" })
        #expect(String(decoding: home.bytes, as: UTF8.self).contains(">Home</a>"))
    }

    @Test("a template including a string the table lacks fails at its line")
    func missingString() throws {
        let files = [
            "content/site.yml": "title: Test\nbase_url: https://example.org/\n",
            "content/posts/a.md": Self.post,
            "templates/partials/footer.mustache": "<footer>\n{{>strings/no_such}}</footer>\n",
        ]
        let result = SiteBuilder().build(ThemeSite.sources(files))
        #expect(!result.succeeded)
        #expect(result.diagnostics.contains { $0.location.path == "templates/partials/footer.mustache" && $0.location.line == 2 },
                "\(result.diagnostics)")
    }
}
