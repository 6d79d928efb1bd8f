import Foundation
import MendDefaultTheme
import MendServe
import MendSite
import Testing

/// `mend check`: every planted problem is reported once, at its Markdown position, and
/// nothing else is; a clean site checks clean.
@Suite("mend check")
struct CheckTests {
    static let planted = [
        "content/site.yml": "title: Test\nbase_url: https://example.org/blog/\n",
        "content/guides/g/index.md": "---\ntitle: G\nsummary: The guide.\ndate: 2024-05-01\n---\nIntro.\n",
        "content/guides/g/01-first.md": "---\ntitle: First\nsummary: Step one.\n---\n## Real\n\nSee [real](#real) and [the tags](/tags/).\n",
        "content/guides/g/02-second.md": """
            ---
            title: Second
            summary: Step two.
            ---
            Go [nowhere](/posts/does-not-exist/), [here](#nowhere) and [back](../first/#missing).
            ![A map](nope.jpg) and ![](photo.jpg) and [the notes](notes.pdf).

            # A second title

            ## Fine

            #### Too deep

            """,
        "content/guides/g/photo.jpg": "jpg",
        "content/posts/a.md": "---\ntitle: Same\nsummary: One.\ndate: 2024-05-02\ntags: [t]\n---\nA.\n",
        "content/posts/b.md": "---\ntitle: Same\ndate: 2024-05-03\n---\nB.\n",
    ]

    static func check(_ files: [String: String]) -> (BuildResult, [String]) {
        let sources = ThemeSite.sources(files)
        let (result, diagnostics) = SiteBuilder().check(sources)
        return (result, diagnostics.map(\.description))
    }

    @Test("each planted problem, exactly, at its place")
    func plantedProblems() {
        let (result, found) = Self.check(Self.planted)
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(found == [
            "content/guides/g/02-second.md:5:4: error: the link /blog/posts/does-not-exist/ goes nowhere: there is no page at /blog/posts/does-not-exist/",
            "content/guides/g/02-second.md:5:39: error: the link #nowhere goes nowhere: this page has no #nowhere",
            "content/guides/g/02-second.md:5:60: error: the link /blog/guides/g/first/#missing goes nowhere: /blog/guides/g/first/ has no #missing",
            "content/guides/g/02-second.md:6:1: error: the image /blog/guides/g/nope.jpg is missing: there is no guides/g/nope.jpg in the site",
            "content/guides/g/02-second.md:6:24: warning: the image /blog/guides/g/photo.jpg has no alt text: say what it shows between the brackets, ![like this](…)",
            "content/guides/g/02-second.md:6:43: error: the link /blog/guides/g/notes.pdf goes nowhere: there is no guides/g/notes.pdf in the site",
            "content/guides/g/02-second.md:8:1: warning: '# A second title' makes a second h1 on the page (its title is the first): start the text's headings at ##",
            "content/guides/g/02-second.md:12:1: warning: the heading 'Too deep' skips from h2 to h4: write it with ###",
            "content/posts/a.md:2:8: warning: the same title as content/posts/b.md: give each page its own, so readers and search engines can tell them apart",
            "content/posts/b.md:1:1: warning: the page has no summary: add `summary:` to its front matter (lists, link previews and search engines show it)",
            "content/posts/b.md:2:8: warning: the same title as content/posts/a.md: give each page its own, so readers and search engines can tell them apart",
        ], "\(found.joined(separator: "\n"))")
    }

    @Test("links to other sites are gathered with where each is written, for --external")
    func externalLinksAreGathered() {
        var files = Self.planted
        files["content/posts/a.md"] = "---\ntitle: Same\nsummary: One.\ndate: 2024-05-02\ntags: [t]\n---\nSee [this](https://example.org/x) and\n[that](http://example.org/y), [this again](https://example.org/x), [mail](mailto:a@example.org).\n"
        let sources = ThemeSite.sources(files)
        let (_, _, external) = SiteBuilder().checkWithExternalLinks(sources)
        #expect(external.keys.sorted() == ["http://example.org/y", "https://example.org/x"])
        #expect(external["https://example.org/x"]?.map(\.description) == ["content/posts/a.md:7:5", "content/posts/a.md:8:31"])
    }

    @Test("the shipped site checks clean")
    func shippedSiteIsClean() throws {
        let tree = SourceTreeReader(root: Fixtures.packageRoot).readTreeWithDefaultTheme()
        let (result, found) = SiteBuilder().check(tree.files)
        #expect(result.succeeded)
        #expect(found.isEmpty, "\(found.map(\.description))")
    }

    @Test("the command: a planted broken link fails it, naming its file and line; a clean site passes")
    func command() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = folder.url.appendingPathComponent("site")
        #expect(try MendProcess.run(["init", site.path]).status == 0)
        let clean = try MendProcess.run(["check", "--strict", "--source", site.path])
        #expect(clean.status == 0, "\(clean.standardError)")
        #expect(clean.standardOutput.hasPrefix("Checked "), "\(clean.standardOutput)")
        let about = site.appendingPathComponent("content/pages/about.md")
        try Data("---\ntitle: About\nsummary: Us.\n---\nWrite to [us](/contact/).\n".utf8).write(to: about)
        let broken = try MendProcess.run(["check", "--source", site.path])
        #expect(broken.status == 1)
        #expect(broken.standardError.contains("content/pages/about.md:5:10: error: the link /contact/ goes nowhere: there is no page at /contact/"),
                "\(broken.standardError)")
        #expect(broken.standardError.contains("Check failed: 1 error, 0 warnings"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path), "check writes nothing")
    }
}
