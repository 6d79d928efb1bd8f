import Testing
import MendMarkdown

@Suite("Plain text")
struct PlainTextTests {
    private func plainText(_ markdown: String, _ options: MarkdownOptions = .init()) -> String {
        Markdown.render(markdown, options: options).plainText
    }

    @Test("Blocks are separated by a blank line; markup is gone")
    func blocks() {
        let markdown = "# Trust\n\nIs *slow* to **build**.\n\n> Quoted [text](/x).\n\n- one\n- two\n\n---\n\nEnd"
        #expect(plainText(markdown) == "Trust\n\nIs slow to build.\n\nQuoted text.\n\none\n\ntwo\n\nEnd")
    }

    @Test("A soft break is a space, a hard break a newline")
    func breaks() {
        #expect(plainText("one\ntwo  \nthree\\\nfour") == "one two\nthree\nfour")
    }

    @Test("Code spans, code blocks' contents and images' alt text are text; raw HTML is not")
    func codeImagesHTML() {
        let markdown = "Use `git log` and ![a *happy* face](/f.png).\n\n```sh\ngit log\ngit diff\n```\n\n<div>raw</div>\n\nA <b>bold</b> move"
        #expect(plainText(markdown) == "Use git log and a happy face.\n\ngit log\ngit diff\n\nA bold move")
        #expect(plainText(markdown, .init(allowsRawHTML: true)) == plainText(markdown))
    }

    @Test("Smart punctuation and entities appear as characters; the text is trimmed")
    func charactersAndTrimming() {
        #expect(plainText("\n\n  \"It's\" &amp; &copy;  \n\n") == "“It’s” & ©")
        #expect(plainText("<!-- only a comment -->\n\n<p>raw</p>") == "")
    }
}
