import Testing
import MendMarkdown

@Suite("Safety")
struct SafetyTests {
    @Test("Raw HTML blocks are omitted with a warning where the tag starts (after indentation)")
    func rawHTMLBlock() {
        let markdown = "Intro\n\n<script>alert(1)</script>\n\n  <div onclick=\"x()\">\nhi\n</div>\n\nEnd"
        expectHTML(markdown, "<p>Intro</p>\n<p>End</p>\n")
        expectWarnings(markdown, [(3, 1, rawHTMLOmitted), (5, 3, rawHTMLOmitted)])
    }

    @Test("Inline HTML is omitted tag by tag, with columns in characters, not bytes")
    func inlineHTML() {
        let markdown = "A <img src=x onerror=alert(1)> b\n\n> é <b>bold</b>"
        expectHTML(markdown, "<p>A  b</p>\n<blockquote>\n<p>é bold</p>\n</blockquote>\n")
        expectWarnings(markdown, [(1, 3, rawHTMLOmitted), (3, 5, rawHTMLOmitted), (3, 12, rawHTMLOmitted)])
    }

    @Test("allowsRawHTML passes HTML through literally, without warnings")
    func rawHTMLAllowed() {
        let options = MarkdownOptions(allowsRawHTML: true)
        let markdown = "<div class=\"note\">\n*hi*\n</div>\n\nA <kbd>Ctrl</kbd> key"
        expectHTML(markdown, "<div class=\"note\">\n*hi*\n</div>\n<p>A <kbd>Ctrl</kbd> key</p>\n", options)
        expectWarnings(markdown, [], options)
    }

    @Test(
        "Links with unsafe schemes keep only their text, in both modes",
        arguments: [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "jav&#x61;script:alert(1)", "&#106;avascript:alert(1)",
            "&#32;javascript:alert(1)", "java&#x09;script:alert(1)", "<java&#10;script:alert(1)>",
            "vbscript:msgbox(1)", "file:///etc/passwd", "data:text/html;base64,PHNjcmlwdD4=",
            "data:image/png;base64,iVBORw0KGgo=",
        ])
    func unsafeLinks(destination: String) {
        for allowsRawHTML in [false, true] {
            let options = MarkdownOptions(allowsRawHTML: allowsRawHTML)
            expectHTML("Go [*there*](\(destination)) now", "<p>Go <em>there</em> now</p>\n", options)
            expectWarnings("Go [*there*](\(destination)) now", [(1, 4, unsafeLinkDropped)], options)
        }
    }

    @Test("Autolinks and reference links are checked too")
    func autolinksAndReferences() {
        let markdown = "<javascript:alert(1)>\n\n[x] and [y][]\n\n[x]: JAVASCRIPT:alert(1)\n[y]: https://ok.example/"
        expectHTML(markdown, "<p>javascript:alert(1)</p>\n<p>x and <a href=\"https://ok.example/\">y</a></p>\n")
        expectWarnings(markdown, [(1, 1, unsafeLinkDropped), (3, 1, unsafeLinkDropped)])
    }

    @Test("Images with unsafe URLs become their alt text; data:image/png, gif, jpeg and webp stay")
    func images() {
        let markdown = "![a *heart*](javascript:alert(1)) ![svg](data:image/svg+xml,<svg/onload=alert(1)>)"
        expectHTML(markdown, "<p>a heart svg</p>\n")
        expectWarnings(markdown, [(1, 1, unsafeImageDropped), (1, 35, unsafeImageDropped)])
        expectHTML("![dot](DATA:image/PNG;base64,iVBO)", "<p><img src=\"DATA:image/PNG;base64,iVBO\" alt=\"dot\"></p>\n")
        for type in ["gif", "jpeg", "webp"] {
            expectHTML("![x](data:image/\(type),AA)", "<p><img src=\"data:image/\(type),AA\" alt=\"x\"></p>\n")
        }
        expectHTML("![x](data:image/pngx,AA)", "<p>x</p>\n")
    }

    @Test("Safe schemes, fragments and relative URLs that merely contain 'javascript:' are kept")
    func safeLookalikes() {
        for url in ["https://example.com/javascript:x", "mailto:a@example.com", "#javascript:x", "./javascript:x", "javascript-guide.html"] {
            expectHTML("[x](\(url))", "<p><a href=\"\(url)\">x</a></p>\n")
        }
    }

    @Test("Inline HTML inside an image's alt text is escaped, never live")
    func htmlInAltText() {
        expectHTML("![<img src=x onerror=alert(1)>](/a.png)", "<p><img src=\"/a.png\" alt=\"&lt;img src=x onerror=alert(1)&gt;\"></p>\n")
    }
}
