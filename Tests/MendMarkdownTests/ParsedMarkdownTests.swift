import MendMarkdown
import Testing

/// A text parsed once renders, with any options, exactly as rendering the text with them.
@Suite("Parsed once, rendered twice")
struct ParsedMarkdownTests {
    static let texts = [
        "# Pause\n\nTake a *breath*. \"Quotes\" -- and dashes.\n\n## Why\n\n- one\n- [two](/x/)\n",
        "Plain text with <b>raw</b> HTML and ![alt](pic.jpg).\n\n### Deep\n\n```\ncode\n```\n",
        "Setext\n======\n\n> quoted [link](javascript:alert(1))\n",
    ]

    @Test(arguments: texts)
    func renderingTheParseEqualsRenderingTheText(_ text: String) {
        var offset = MarkdownOptions(rootPath: "/blog/", headingLevelOffset: 1, reservedIDs: ["pause", "why"])
        offset.basePath = "/blog/guides/g/"
        for smart in [true, false] {
            let parsed = Markdown.parse(text, smartPunctuation: smart)
            for var options in [MarkdownOptions(), offset, MarkdownOptions(allowsRawHTML: true)] {
                options.smartPunctuation = smart
                let once = parsed.render(options: options), direct = Markdown.render(text, options: options)
                #expect(once.html == direct.html && once.headings == direct.headings)
                #expect(once.plainText == direct.plainText && once.warnings == direct.warnings)
            }
        }
    }
}
