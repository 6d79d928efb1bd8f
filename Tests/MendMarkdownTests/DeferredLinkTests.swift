import Testing
import MendMarkdown

/// With a source folder, links to Markdown files and relative links to pages are left to the
/// site (as ``DeferredLink``s); files with other endings resolve against the base path.
@Suite("Links the site resolves")
struct DeferredLinkTests {
    func document(_ markdown: String) -> MarkdownDocument {
        var options = MarkdownOptions(rootPath: "/blog/")
        options.basePath = "/blog/guides/g/"
        options.sourceFolder = "content/guides/g/"
        return Markdown.render(markdown, options: options)
    }

    @Test(arguments: [
        ("[n](02-next.md)", DeferredLink.Target.file(path: "content/guides/g/02-next.md", suffix: "")),
        ("[n](../../posts/x.MD#why)", .file(path: "content/posts/x.MD", suffix: "#why")),
        ("[n](./index.md?a=1)", .file(path: "content/guides/g/index.md", suffix: "?a=1")),
        ("[n](../pause/)", .relative("../pause/")),
        ("[n](other#top)", .relative("other#top")),
        ("[n](..)", .relative("..")), ("[n](.)", .relative(".")), ("[n](../..)", .relative("../..")),
        ("[n](my%20notes.md)", .file(path: "content/guides/g/my notes.md", suffix: "")),
        ("[n](/posts/x.md)", .file(path: "content/posts/x.md", suffix: "")),
        ("[n](/posts/x.Markdown#a)", .file(path: "content/posts/x.Markdown", suffix: "#a")),
        ("[n](notes/)", .relative("notes/")), ("[n](.profile)", .relative(".profile")),
        ("[n](notes.)", .relative("notes.")), ("[n](a.md/b)", .relative("a.md/b")),
        ("[n](sub/x.md?x#y)", .file(path: "content/guides/g/sub/x.md", suffix: "?x#y")),
    ])
    func deferred(markdown: String, target: DeferredLink.Target) throws {
        let document = document(markdown)
        let link = try #require(document.deferredLinks.first)
        #expect(document.deferredLinks.count == 1)
        #expect(link.target == target)
        #expect((link.line, link.column) == (1, 1))
        #expect(document.html.contains("href=\"\(link.placeholder.replacing(" ", with: "%20"))\""))
        #expect(document.links == [link.placeholder])
    }

    @Test(arguments: [
        ("![p](photo.jpg)", "src=\"/blog/guides/g/photo.jpg\""),
        ("![p](../shared/a.png)", "src=\"/blog/guides/shared/a.png\""),
        ("[f](files/guide.pdf)", "href=\"/blog/guides/g/files/guide.pdf\""),
        ("[s](/posts/x/)", "href=\"/blog/posts/x/\""),
        ("[h](https://example.org/a.md)", "href=\"https://example.org/a.md\""),
        ("[a](#top)", "href=\"#top\""),
        ("[q](?page=2)", "href=\"?page=2\""),
        ("[m](mailto:someone@example.org)", "href=\"mailto:someone@example.org\""),
        ("[d](/posts/.md)", "href=\"/blog/posts/.md\""),
        ("[t](notes.txt)", "href=\"/blog/guides/g/notes.txt\""),
    ])
    func notDeferred(markdown: String, expected: String) {
        let document = document(markdown)
        #expect(document.deferredLinks.isEmpty)
        #expect(document.html.contains(expected), "\(document.html)")
    }

    @Test func positionsCountScalarsFromTheTextsStart() throws {
        let document = document("Intro.\n\nSé très [bien](02-next.md).\n")
        let link = try #require(document.deferredLinks.first)
        #expect((link.line, link.column) == (3, 9))
    }

    @Test func resolvingWritesTheURLsIntoTheHTMLAndTheLinks() {
        let document = document("[a](02-next.md#x) and [b](../p/) and [a again](02-next.md#x).")
        #expect(document.deferredLinks.count == 3)
        let resolved = document.resolvingLinks(["/blog/guides/g/next/#x", "/blog/guides/p/", "/blog/guides/g/next/#x"])
        #expect(resolved.html == "<p><a href=\"/blog/guides/g/next/#x\">a</a> and <a href=\"/blog/guides/p/\">b</a> and <a href=\"/blog/guides/g/next/#x\">a again</a>.</p>\n")
        #expect(resolved.links == ["/blog/guides/g/next/#x", "/blog/guides/p/", "/blog/guides/g/next/#x"])
    }

    @Test func aHandWrittenPlaceholderIsDropped() {
        let document = document("[x](mend:file:content/secret.md)")
        #expect(document.html == "<p>x</p>\n")
        #expect(document.deferredLinks.isEmpty && document.warnings.count == 1)
    }

    @Test func withoutASourceFolderNothingIsDeferred() {
        var options = MarkdownOptions()
        options.basePath = "/posts/"
        let document = Markdown.render("[n](02-next.md) [p](../pause/)", options: options)
        #expect(document.deferredLinks.isEmpty)
        #expect(document.html.contains("href=\"/posts/02-next.md\"") && document.html.contains("href=\"/pause/\""))
    }

    @Test(arguments: [
        ("/guides/g/first/../pause/", "/guides/g/pause/"), ("/a/./b/", "/a/b/"), ("/a/b/..", "/a/"),
        ("/../../x", "/x"), ("/about/../..//evil.example/x", "/evil.example/x"), ("/a/b/.", "/a/b/"), ("content/g/../posts/x.md", "content/posts/x.md"), ("/", "/"),
    ])
    func normalizing(path: String, expected: String) {
        #expect(URLPath.normalize(path) == expected)
    }

    @Test func resolvingKeepsQueryAndFragment() {
        #expect(URLPath.resolve("../b/?q=../x#../y", against: "/a/first/") == "/a/b/?q=../x#../y")
    }
}
