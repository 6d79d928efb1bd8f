import Testing
@testable import MendSite

/// A UTF-8 byte order mark (U+FEFF, which some Windows editors put at the start of a file)
/// is not part of a YAML document: it is skipped, and every position is where it would be
/// without it, as editors show it.
@Suite("YAML files that start with a byte order mark")
struct ByteOrderMarkTests {
    static let bom = "\u{FEFF}"

    @Test("site.yml with a byte order mark loads as without one")
    func siteConfig() throws {
        let text = "title: Mend\nbase_url: https://example.org/\n"
        let (config, diagnostics) = SiteConfig.parse(Self.bom + text, path: "content/site.yml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config?.title == "Mend" && config?.baseURL == "https://example.org/")
    }

    static let broken = [
        "title: T\nbase_url: example.org\nsimilar_posts: many\n",  // value errors on lines 2 and 3
        "title: [T\nbase_url: https://a.org/\n",                   // a syntax error
        "  title: T\nbase_url: https://a.org/\n",                   // an error on line 1, after indentation
        "title: T\r\nbase_url: x\r\n",
    ]

    @Test("positions after a byte order mark are those without it", arguments: broken)
    func positionsUnchanged(text: String) {
        let (_, plain) = SiteConfig.parse(text, path: "content/site.yml")
        let (_, marked) = SiteConfig.parse(Self.bom + text, path: "content/site.yml")
        #expect(!plain.isEmpty)
        #expect(marked.map(\.description) == plain.map(\.description))
    }

    @Test("a comment with a byte order mark parses, its positions unchanged")
    func comment() throws {
        let path = "content/comments/posts/a/c1.yml"
        let (comment, diagnostics) = Comment.parse(Self.bom + "name: Sam\ndate: 2024-05-02\nmessage: Hi\n", path: path)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(comment?.name == "Sam" && comment?.message == "Hi")
        let text = "name: Sam\ndate: someday\nmessage: Hi\nstatus: spam\n"
        let (_, plain) = Comment.parse(text, path: path)
        let (_, marked) = Comment.parse(Self.bom + text, path: path)
        #expect(plain.contains { $0.location.line == 2 && $0.location.column == 7 }, "\(plain)")
        #expect(marked.map(\.description) == plain.map(\.description))
    }

    @Test("only the first character is skipped: a byte order mark inside a value is kept")
    func onlyAtTheStart() throws {
        let (comment, _) = Comment.parse(Self.bom + "name: \"A\(Self.bom)B\"\ndate: 2024-05-02\nmessage: Hi\n",
                                         path: "content/comments/posts/a/c1.yml")
        #expect(comment?.name == "A\u{FEFF}B")
    }
}
