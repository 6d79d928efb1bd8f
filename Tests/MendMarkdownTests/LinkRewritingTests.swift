import Testing
import MendMarkdown

@Suite("Link rewriting")
struct LinkRewritingTests {
    @Test("Site-absolute links and images get the root path in front")
    func siteAbsolute() {
        let blog = MarkdownOptions(rootPath: "/blog/")
        expectHTML("[Guide](/guides/x/)", "<p><a href=\"/blog/guides/x/\">Guide</a></p>\n", blog)
        expectHTML("![Hands](/img/hands.png)", "<p><img src=\"/blog/img/hands.png\" alt=\"Hands\"></p>\n", blog)
        expectHTML("[Home](/)", "<p><a href=\"/blog/\">Home</a></p>\n", blog)
        expectHTML("[Ref]\n\n[Ref]: /guides/y/#step-2", "<p><a href=\"/blog/guides/y/#step-2\">Ref</a></p>\n", blog)
        expectHTML("[Guide](/guides/x/)", "<p><a href=\"/blog/guides/x/\">Guide</a></p>\n", .init(rootPath: "/blog"))
    }

    @Test("With the root path / nothing changes")
    func rootSlash() {
        expectHTML("[Guide](/guides/x/)", "<p><a href=\"/guides/x/\">Guide</a></p>\n")
    }

    @Test(
        "Protocol-relative, absolute, fragment and relative URLs are not rewritten",
        arguments: ["//cdn.example.com/a.png", "https://example.com/x", "#step-3", "guides/x/", "../x/", "?q=1", "mailto:a@b.c"])
    func notRewritten(url: String) {
        let blog = MarkdownOptions(rootPath: "/blog/")
        expectHTML("[x](\(url))", "<p><a href=\"\(url)\">x</a></p>\n", blog)
        expectHTML("![x](\(url))", "<p><img src=\"\(url)\" alt=\"x\"></p>\n", blog)
    }

    @Test("URLs are escaped as cmark escapes hrefs: percent-encoding, &amp; and &#x27;")
    func hrefEscaping() {
        expectHTML("[x](</a b/é?q=\"1\"&r='2'>)", "<p><a href=\"/a%20b/%C3%A9?q=%221%22&amp;r=&#x27;2&#x27;\">x</a></p>\n")
        expectHTML("[x](/a%20b[1]{2}|^`\\\\)", "<p><a href=\"/a%20b%5B1%5D%7B2%7D%7C%5E%60%5C\">x</a></p>\n")
        expectHTML("[x](/a%20b)", "<p><a href=\"/blog/a%20b\">x</a></p>\n", .init(rootPath: "/blog/"))
    }
}
