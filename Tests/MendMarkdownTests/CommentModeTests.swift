import Testing
import MendMarkdown

@Suite("Comment mode: headings, images and links' rel")
struct CommentModeTests {
    private let ugc = "rel=\"nofollow ugc noopener\""

    @Test("The comment preset: raw HTML omitted, no headings, no images, links nofollow ugc noopener")
    func preset() {
        #expect(MarkdownOptions.comment == MarkdownOptions(
            allowsRawHTML: false, allowsHeadings: false, allowsImages: false, linkRel: "nofollow ugc noopener",
            linkSchemes: ["http", "https"]))
        let defaults = MarkdownOptions()
        #expect(defaults.allowsHeadings && defaults.allowsImages && defaults.linkRel == nil && defaults.linkSchemes == nil)
    }

    @Test("Without headings, a heading is a paragraph of strong text: no id, no self-link, no outline entry")
    func headingsNotAllowed() {
        let options = MarkdownOptions(headingLevelOffset: 1, allowsHeadings: false)
        let markdown = "# Why *trust*\n\nText\n\nAgain\n---\n\n###### See [the guide](/x/)\n\n> ## Quoted\n\n#"
        let document = Markdown.render(markdown, options: options)
        #expect(document.html == """
            <p><strong>Why <em>trust</em></strong></p>
            <p>Text</p>
            <p><strong>Again</strong></p>
            <p><strong>See <a href="/x/">the guide</a></strong></p>
            <blockquote>
            <p><strong>Quoted</strong></p>
            </blockquote>
            <p><strong></strong></p>

            """)
        #expect(document.headings == [])
        #expect(!document.html.contains("id="))
        // Allowed (the default), the same text gives headings with ids and an outline.
        #expect(Markdown.render(markdown).headings.map(\.id) == ["why-trust", "again", "see-the-guide", "quoted", "section"])
    }

    @Test("Without images, an image is its escaped alt text, without a warning, even inside a link")
    func imagesNotAllowed() {
        let options = MarkdownOptions(smartPunctuation: false, allowsImages: false)
        let markdown = "![A *heart*](/h.png \"T\") and [![logo](/l.png)](https://x.org) ![a & \"b\" <c>](/x.png)"
        expectHTML(markdown, "<p>A heart and <a href=\"https://x.org\">logo</a> a &amp; &quot;b&quot; &lt;c&gt;</p>\n", options)
        expectWarnings(markdown, [], options)
        // Unsafe ones too: not rendered anyway, so nothing to warn about.
        expectHTML("![x](javascript:alert(1)) ![y](data:image/png;base64,AA)", "<p>x y</p>\n", options)
        expectWarnings("![x](javascript:alert(1))", [], options)
        // Inside a heading, the alt text is the heading's text.
        let document = Markdown.render("# A ![b](/b.png)", options: options)
        #expect(document.html == "<h1 id=\"a-b\"><a class=\"heading-link\" href=\"#a-b\">A b</a></h1>\n")
        #expect(document.headings == [Heading(level: 1, text: "A b", id: "a-b")])
    }

    @Test("linkRel goes on every link and autolink, after href and title, escaped")
    func linkRel() {
        let options = MarkdownOptions(rootPath: "/blog/", linkRel: "nofollow")
        expectHTML(
            "[a](/x \"T\") <https://e.org> <a@b.org> [r][]\n\n[r]: https://r.org",
            "<p><a href=\"/blog/x\" title=\"T\" rel=\"nofollow\">a</a> <a href=\"https://e.org\" rel=\"nofollow\">https://e.org</a> "
                + "<a href=\"mailto:a@b.org\" rel=\"nofollow\">a@b.org</a> <a href=\"https://r.org\" rel=\"nofollow\">r</a></p>\n",
            options)
        expectHTML("[a](/x)", "<p><a href=\"/x\" rel=\"a&quot;b&lt;c&amp;\">a</a></p>\n", .init(linkRel: "a\"b<c&"))
    }

    @Test("linkRel leaves unsafe links dropped, heading self-links and images alone")
    func linkRelElsewhere() {
        let options = MarkdownOptions(linkRel: "nofollow")
        expectHTML("Go [there](javascript:alert(1))", "<p>Go there</p>\n", options)
        expectWarnings("Go [there](javascript:alert(1))", [(1, 4, unsafeLinkDropped)], options)
        expectHTML("# See [x](/y)", "<h1 id=\"see-x\"><a class=\"heading-link\" href=\"#see-x\">See x</a></h1>\n", options)
        expectHTML("![i](/i.png)", "<p><img src=\"/i.png\" alt=\"i\"></p>\n", options)
    }

    @Test("The plain text does not depend on the comment options")
    func plainTextUnchanged() {
        let markdown = "# Trust\n\nSee ![a heart](/h.png) and [the guide](/g/).\n\nEnd"
        #expect(Markdown.render(markdown, options: .comment).plainText == "Trust\n\nSee a heart and the guide.\n\nEnd")
        #expect(Markdown.render(markdown, options: .comment).plainText == Markdown.render(markdown).plainText)
    }

    @Test("A hostile comment renders exactly, with nothing live and every link marked")
    func hostileComment() {
        let markdown = """
            <script>alert(1)</script>

            # Heading

            A <img src=x onerror=alert(1)> and <a href="x" onclick="y">click</a>.

            [x](javascript:alert(1)) [x](JAVASCRIPT:alert(1)) [x](data:text/html;base64,PHNjcmlwdD4=)

            ![t](https://tracker.example/p.png) ![t](data:image/png;base64,AAAA)

            "quotes" & <b>bold</b>

            <https://example.org> <a@b.org> [titled](https://example.com/ "say \\"hi\\" <now>")
            """
        let document = Markdown.render(markdown, options: .comment)
        #expect(document.html == """
            <p><strong>Heading</strong></p>
            <p>A  and click.</p>
            <p>x x x</p>
            <p>t t</p>
            <p>“quotes” &amp; bold</p>
            <p><a href="https://example.org" \(ugc)>https://example.org</a> \
            a@b.org \
            <a href="https://example.com/" title="say &quot;hi&quot; &lt;now&gt;" \(ugc)>titled</a></p>

            """)
        let lowercased = document.html.lowercased()
        for forbidden in ["<script", "onerror", "onclick", "javascript:", "data:", "<img", "<h1", "tracker.example"] {
            #expect(!lowercased.contains(forbidden), "\(forbidden) in:\n\(document.html)")
        }
        #expect(occurrences(of: "<a ", in: document.html) == 2)
        #expect(occurrences(of: "\(ugc)>", in: document.html) == 2)
        #expect(document.headings == [])
        #expect(document.warnings.map(\.message) == Array(repeating: rawHTMLOmitted, count: 4)
            + Array(repeating: unsafeLinkDropped, count: 3) + Array(repeating: rawHTMLOmitted, count: 2) + [schemeNotAllowed])
    }

    @Test(
        "Each hostile snippet alone renders with nothing live",
        arguments: [
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
            "[x](JAVASCRIPT:alert(1))", "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "![t](https://tracker.example/p.png)", "![t](data:image/png;base64,AAAA)", "# Heading",
            "<a href=\"x\" onclick=\"y\">", "a <b onmouseover=alert(1)>b</b>", "[x](<java\tscript:alert(1)>)",
        ])
    func hostileSnippet(markdown: String) {
        let html = html("Before " + markdown, .comment) + html(markdown, .comment)
        for forbidden in ["<script", "onerror", "onclick", "onmouseover", "javascript:", "data:", "<img", "<h1", "src="] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden) in:\n\(html)")
        }
        #expect(!html.contains("<a "))
    }

    private func occurrences(of needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }
}
