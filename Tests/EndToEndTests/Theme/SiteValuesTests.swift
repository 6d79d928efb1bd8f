import Foundation
import MendDefaultTheme
import MendSite
import Testing

/// A site's own values: `params:` reach templates, `layout:` picks a page's template,
/// `aliases:` keep old URLs working, `image:` gives a page a cover for link previews.
@Suite("A site's own values")
struct SiteValuesTests {
    static let files = [
        "content/site.yml": "title: Test\nbase_url: https://example.org/blog/\nparams:\n  accent: teal\n  show_banner: true\n  years: [2023, 2024]\n",
        "content/posts/a.md": """
            ---
            title: A
            date: 2024-05-01
            params:
              mood: calm
              rating: 4.5
              quoted: "true"
            layout: wide
            aliases: [/2019/old-a/, old/a.html]
            image: cover.jpg
            ---
            Text.

            """,
        "content/posts/b.md": "---\ntitle: B\ndate: 2024-05-02\nimage: https://images.example.org/b.png\n---\nB.\n",
        "content/posts/cover.jpg": "jpg",
        "templates/wide.mustache": """
            {{<layout}}{{$content}}<article class="wide"><h1>{{page.title}}</h1><p>{{site.params.accent}} {{#site.params.show_banner}}banner{{/site.params.show_banner}} {{#site.params.years}}[{{.}}]{{/site.params.years}}</p><p>{{page.params.mood}} {{page.params.rating}} {{#page.params.quoted}}quoted:{{page.params.quoted}}{{/page.params.quoted}}</p>{{{page.content}}}</article>{{/content}}{{/layout}}

            """,
    ]

    @Test("params of site.yml and of front matter reach the templates, with their types")
    func paramsReachTemplates() throws {
        let page = try #require(try ThemeSite.build(Self.files)["posts/a/index.html"])
        #expect(page.contains("<article class=\"wide\"><h1>A</h1><p>teal banner [2023][2024]</p><p>calm 4.5 quoted:true</p>"), "\(page)")
    }

    @Test("layout picks the page's template; a layout the theme lacks is an error at its line")
    func layout() throws {
        let site = try ThemeSite.build(Self.files)
        #expect(site["posts/b/index.html"]?.contains("<article class=\"post\">") == true, "the others keep their kind's template")
        var files = Self.files
        files["templates/wide.mustache"] = nil
        let sources = ThemeSite.sources(files)
        let result = SiteBuilder().build(sources)
        #expect(!result.succeeded)
        #expect(result.diagnostics.map(\.description).contains {
            $0.hasPrefix("content/posts/a.md:8:9: error: the layout 'wide' is not a template of the theme: add templates/wide.mustache")
        }, "\(result.diagnostics)")
    }

    @Test("each alias is a page that sends the reader on, listed nowhere")
    func aliases() throws {
        let site = try ThemeSite.build(Self.files)
        for path in ["2019/old-a/index.html", "old/a.html"] {
            let page = try #require(site[path], "\(path)")
            #expect(page.contains(#"<link rel="canonical" href="https://example.org/blog/posts/a/">"#))
            #expect(page.contains(#"<meta http-equiv="refresh" content="0; url=https://example.org/blog/posts/a/">"#))
            #expect(page.contains(#"<a href="https://example.org/blog/posts/a/">"#) && page.contains(#"<meta name="robots" content="noindex">"#))
        }
        #expect(!(site["sitemap.xml"] ?? "old-a").contains("old-a"))
        var encoded = Self.files
        encoded["content/posts/a.md"] = encoded["content/posts/a.md"]!.replacingOccurrences(of: "old/a.html", with: "/caf%C3%A9/")
        #expect(try ThemeSite.build(encoded)["café/index.html"] != nil, "an alias is read as the server reads the address")
        #expect(!(site["feed.xml"] ?? "old-a").contains("old-a"))
    }

    @Test("an alias that is a page's address, another page's alias, or no path is an error", arguments: [
        ("[/blog/posts/b/]", "is the address of a page of the site"),
        ("[https://old.example.org/a/]", "is not an address of this site"),
        ("[../up/]", "is not an address of this site"),
        ("[/feed.xml/]", "is the address of a page of the site"),
        ("[\"/a/%2F..%2F/\"]", "is not an address of this site"),
    ])
    func badAliases(aliases: String, message: String) {
        var files = Self.files
        files["content/posts/a.md"] = "---\ntitle: A\ndate: 2024-05-01\naliases: \(aliases.replacingOccurrences(of: "/blog", with: ""))\n---\nText.\n"
        let sources = ThemeSite.sources(files)
        let result = SiteBuilder().build(sources)
        #expect(!result.succeeded)
        #expect(result.diagnostics.contains { $0.description.hasPrefix("content/posts/a.md:4:10: error: the alias") && $0.message.contains(message) },
                "\(result.diagnostics)")
    }

    @Test("image gives the page a cover in its link preview and structured data")
    func coverImage() throws {
        let site = try ThemeSite.build(Self.files)
        let a = try #require(site["posts/a/index.html"])
        #expect(a.contains(#"<meta property="og:image" content="https://example.org/blog/posts/cover.jpg">"#))
        #expect(a.contains(#""image":"https://example.org/blog/posts/cover.jpg""#))
        let b = try #require(site["posts/b/index.html"])
        #expect(b.contains(#"<meta property="og:image" content="https://images.example.org/b.png">"#))
        #expect(!(site["index.html"] ?? "og:image").contains("og:image"))
    }

    @Test("mend check: alias pages are no theme pages; a cover image that is not there is an error")
    func checked() {
        var files = Self.files
        files["content/posts/b.md"] = "---\ntitle: B\nsummary: B.\ndate: 2024-05-02\nimage: /images/gone.png\n---\nB.\n"
        let sources = ThemeSite.sources(files)
        let (result, found) = SiteBuilder().check(sources)
        #expect(result.succeeded)
        #expect(!found.contains { $0.message.contains("h1") }, "\(found)")
        #expect(found.map(\.description).contains("content/posts/b.md:5:8: error: the image /images/gone.png is missing: there is no images/gone.png in the site"),
                "\(found)")
    }

    @Test("params must be keys and values")
    func paramsMustBeAMapping() {
        var files = Self.files
        files["content/site.yml"] = "title: Test\nbase_url: https://example.org/\nparams: teal\n"
        let sources = ThemeSite.sources(files)
        let result = SiteBuilder().build(sources)
        #expect(result.diagnostics.contains { $0.description.hasPrefix("content/site.yml:3:9: error: 'params' holds your own values") },
                "\(result.diagnostics)")
    }
}
