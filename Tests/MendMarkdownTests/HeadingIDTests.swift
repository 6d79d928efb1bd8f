import Testing
@testable import MendMarkdown

@Suite("Heading ids")
struct HeadingIDTests {
    /// The ids of the headings of `markdown`, in order.
    private func ids(_ markdown: String, _ options: MarkdownOptions = .init()) -> [String] {
        Markdown.render(markdown, options: options).headings.map(\.id)
    }

    @Test("Punctuation is dropped, spaces become hyphens, letters are lowercased")
    func punctuation() {
        #expect(ids("# Step 3: Open Lines") == ["step-3-open-lines"])
        #expect(ids("# \"Take Responsibility\"") == ["take-responsibility"])  // curly quotes, smart on
        #expect(ids("# Why? (And How!) It's 100% snake_case-ok") == ["why-and-how-its-100-snake_case-ok"])
        #expect(ids("# Trust -- and Time") == ["trust--and-time"])  // the en dash is dropped
        #expect(ids("# `code` *and* **strong**") == ["code-and-strong"])
    }

    @Test("Unicode letters and digits are kept; symbols and emoji are not")
    func unicode() {
        #expect(ids("# Schöne Grüße") == ["schöne-grüße"])
        #expect(ids("# Доверие и Время") == ["доверие-и-время"])
        #expect(ids("# 信頼の回復") == ["信頼の回復"])
        #expect(ids("# 🎉 Party ✓ ٣") == ["-party--٣"])
    }

    @Test("An ASCII heading's slug, made byte by byte, is the one the scalar rule gives")
    func asciiSlugsAgreeWithTheScalarRule() {
        let pieces = ["a", "Z", "m", "0", "9", "_", "-", " ", "\t", "\n", "\u{B}", "\u{C}", "\r", ":", "!", "`", "~", "@", "[", "{",
                      "\u{7F}", "\u{1}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{1F}", "Step", "é"]
        var state: UInt64 = 11
        for _ in 0..<3_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            #expect(HeadingIDGenerator.slug(text) == HeadingIDGenerator.scalarSlug(text), "\(text.debugDescription)")
        }
    }

    @Test("A heading with nothing left is section; repeats get -1, -2, … suffixes")
    func emptyAndDuplicates() {
        #expect(ids("# !!!\n\n#\n\n# …") == ["section", "section-1", "section-2"])
        #expect(ids("# Why\n\n## Why\n\n### why?") == ["why", "why-1", "why-2"])
        #expect(ids("# Why\n\n# Why 1\n\n# Why") == ["why", "why-1", "why-2"])
        #expect(ids("# Why 1\n\n# Why\n\n# Why") == ["why-1", "why", "why-2"])
    }

    @Test("Reserved ids are avoided")
    func reservedIDs() {
        let options = MarkdownOptions(reservedIDs: ["comments", "why", "why-1"])
        #expect(ids("# Comments\n\n# Why\n\n# Why\n\n# Other", options) == ["comments-1", "why-2", "why-3", "other"])
    }

    @Test("The level offset is added and clamped to 1...6")
    func levelOffset() {
        let markdown = "# One\n\n###### Six"
        #expect(Markdown.render(markdown, options: .init(headingLevelOffset: 1)).headings.map(\.level) == [2, 6])
        #expect(Markdown.render(markdown, options: .init(headingLevelOffset: -3)).headings.map(\.level) == [1, 3])
        expectHTML("## Two", "<h6 id=\"two\"><a class=\"heading-link\" href=\"#two\">Two</a></h6>\n", .init(headingLevelOffset: 9))
        expectHTML("## Two", "<h1 id=\"two\"><a class=\"heading-link\" href=\"#two\">Two</a></h1>\n", .init(headingLevelOffset: -9))
    }

    @Test("A link inside a heading keeps only its text: no <a> inside the self-link")
    func nestedLink() {
        let document = Markdown.render("## See [the *guide*](/guides/x/) and <https://example.com>", options: .init(rootPath: "/blog/"))
        #expect(document.html == """
            <h2 id="see-the-guide-and-httpsexamplecom"><a class="heading-link" href="#see-the-guide-and-httpsexamplecom">\
            See the <em>guide</em> and https://example.com</a></h2>

            """)
        #expect(document.headings == [Heading(level: 2, text: "See the guide and https://example.com", id: "see-the-guide-and-httpsexamplecom")])
    }

    @Test("Headings carry their plain text; setext headings, images and code are text too")
    func headingText() {
        let document = Markdown.render("Rebuilding *Trust*\nafter `hurt` ![a heart](h.png)\n===\n\n## A &amp; B")
        #expect(document.headings == [
            Heading(level: 1, text: "Rebuilding Trust after hurt a heart", id: "rebuilding-trust-after-hurt-a-heart"),
            Heading(level: 2, text: "A & B", id: "a--b", line: 5),
        ])
        #expect(document.html.hasPrefix("""
            <h1 id="rebuilding-trust-after-hurt-a-heart"><a class="heading-link" href="#rebuilding-trust-after-hurt-a-heart">\
            Rebuilding <em>Trust</em>
            after <code>hurt</code> <img src="h.png" alt="a heart"></a></h1>
            <h2 id="a--b"><a class="heading-link" href="#a--b">A &amp; B</a></h2>
            """))
    }
}
