import Testing
import MendMarkdown

@Suite("Relative URLs resolve from the source folder")
struct BasePathTests {
    let options = MarkdownOptions(rootPath: "/blog/")

    func html(_ markdown: String, base: String?) -> String {
        var options = self.options
        options.basePath = base
        return Markdown.render(markdown, options: options).html
    }

    @Test(arguments: [
        ("![x](lake.png)", "<p><img src=\"/blog/posts/lake.png\" alt=\"x\"></p>\n"),
        ("[n](../notes/)", "<p><a href=\"/blog/notes/\">n</a></p>\n"),
        ("[n](./a/../b/c.pdf?x=1#y)", "<p><a href=\"/blog/posts/b/c.pdf?x=1#y\">n</a></p>\n"),
        ("[a](#top)", "<p><a href=\"#top\">a</a></p>\n"),
        ("[q](?page=2)", "<p><a href=\"?page=2\">q</a></p>\n"),
        ("[m](mailto:a@b.org)", "<p><a href=\"mailto:a@b.org\">m</a></p>\n"),
        ("[h](https://example.org/x)", "<p><a href=\"https://example.org/x\">h</a></p>\n"),
        ("[s](/guides/x/)", "<p><a href=\"/blog/guides/x/\">s</a></p>\n"),
    ])
    func resolves(markdown: String, expected: String) {
        #expect(html(markdown, base: "/blog/posts/") == expected)
    }

    @Test func withoutABasePathRelativeURLsStay() {
        #expect(html("![x](lake.png)", base: nil) == "<p><img src=\"lake.png\" alt=\"x\"></p>\n")
    }
}
