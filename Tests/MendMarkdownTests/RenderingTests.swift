import Testing
import MendMarkdown

@Suite("Rendering")
struct RenderingTests {
    @Test("A representative document renders exactly, close to cmark's HTML")
    func representativeDocument() {
        let markdown = """
            # Rebuilding Trust

            Trust is *slow* to build and **quick** to lose: use `honesty` & patience.
            A soft break,\\
            then a hard one.

            > Forgiveness is a process.

            1. Listen
            2. Apologise

            4) Loose item

               with two paragraphs
            - One
              - Nested

            ```swift extra words
            let x = 1 < 2
            ```

                indented <code>

            ---

            ![Two hands](/img/hands.png "Hands") and [a link](https://example.com/a?b=1&c=2 "Title").
            """
        let expected = """
            <h1 id="rebuilding-trust"><a class="heading-link" href="#rebuilding-trust">Rebuilding Trust</a></h1>
            <p>Trust is <em>slow</em> to build and <strong>quick</strong> to lose: use <code>honesty</code> &amp; patience.
            A soft break,<br>
            then a hard one.</p>
            <blockquote>
            <p>Forgiveness is a process.</p>
            </blockquote>
            <ol>
            <li>Listen</li>
            <li>Apologise</li>
            </ol>
            <ol start="4">
            <li>
            <p>Loose item</p>
            <p>with two paragraphs</p>
            </li>
            </ol>
            <ul>
            <li>One
            <ul>
            <li>Nested</li>
            </ul>
            </li>
            </ul>
            <pre><code class="language-swift">let x = 1 &lt; 2
            </code></pre>
            <pre><code>indented &lt;code&gt;
            </code></pre>
            <hr>
            <p><img src="/img/hands.png" alt="Two hands" title="Hands"> and \
            <a href="https://example.com/a?b=1&amp;c=2" title="Title">a link</a>.</p>

            """
        expectHTML(markdown, expected)
    }

    @Test("Smart punctuation curls quotes and makes dashes and ellipses; off, the text stays")
    func smartPunctuation() {
        let markdown = "\"Hi,\" she said -- it's 1990---2000...\n"
        expectHTML(markdown, "<p>“Hi,” she said – it’s 1990—2000…</p>\n")
        expectHTML(markdown, "<p>&quot;Hi,&quot; she said -- it's 1990---2000...</p>\n", .init(smartPunctuation: false))
    }

    @Test("Text and attributes escape &, <, > and \" as cmark does; ' stays in text")
    func escaping() {
        let plain = MarkdownOptions(smartPunctuation: false)
        expectHTML(#"a < b && c > "d" 'e'"#, "<p>a &lt; b &amp;&amp; c &gt; &quot;d&quot; 'e'</p>\n", plain)
        expectHTML(#"![a "q" <b>](/x.png "t \"q\" <b>")"#,
            "<p><img src=\"/x.png\" alt=\"a &quot;q&quot; &lt;b&gt;\" title=\"t &quot;q&quot; &lt;b&gt;\"></p>\n", plain)
    }

    @Test("An info string already starting with language- is not prefixed again; it is escaped")
    func codeBlockInfo() {
        expectHTML("```language-js\nx\n```", "<pre><code class=\"language-js\">x\n</code></pre>\n")
        expectHTML("```\"><script>\nx\n```", "<pre><code class=\"language-&quot;&gt;&lt;script&gt;\">x\n</code></pre>\n")
    }

    @Test("An ordered list starting at 0 keeps its start; an empty item is an empty li")
    func listStarts() {
        expectHTML("0. zero\n1. one", "<ol start=\"0\">\n<li>zero</li>\n<li>one</li>\n</ol>\n")
        expectHTML("- \n- b", "<ul>\n<li></li>\n<li>b</li>\n</ul>\n")
    }

    @Test("Empty and blank input give an empty document")
    func emptyInput() {
        for source in ["", "   \n\n\t\n"] {
            let document = Markdown.render(source)
            #expect(document == MarkdownDocument(html: "", headings: [], plainText: "", warnings: []))
        }
    }

    @Test("A NUL byte in the source becomes U+FFFD, as CommonMark requires")
    func nulByte() {
        expectHTML("a\u{0}b", "<p>a\u{FFFD}b</p>\n")
    }
}
