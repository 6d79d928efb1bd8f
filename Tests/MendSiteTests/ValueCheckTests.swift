import Testing
@testable import MendSite

/// Values that would be silently wrong get a warning or an error at their line.
@Suite("Values that are silently wrong")
struct ValueCheckTests {
    @Test func tagsWrittenAsATextAreReadAsAListWithAWarning() throws {
        let (frontMatter, _, _, diagnostics) = FrontMatter.parse("---\ntitle: T\ntags: trust, repair\n---\n", path: "p.md")
        #expect(frontMatter?.tags == ["trust", "repair"])
        #expect(diagnostics.map(\.description) == [
            "p.md:3:7: warning: 'tags' is a text, not a list: it was read as 2 tags (trust, repair); write it as a list, tags: [trust, repair]",
        ])
        let (single, _, _, none) = FrontMatter.parse("---\ntitle: T\ntags: trust\n---\n", path: "p.md")
        #expect(single?.tags == ["trust"])
        #expect(none.isEmpty, "one tag written as a text is fine")
        let (quoted, _, _, quotedDiagnostics) = FrontMatter.parse("---\ntitle: T\ntags: \"Trust, again\"\n---\n", path: "p.md")
        #expect(quoted?.tags == ["Trust, again"])
        #expect(quotedDiagnostics.isEmpty)
    }

    @Test func anUpdateBeforeThePublishingDateIsAWarning() {
        let (_, _, _, diagnostics) = FrontMatter.parse("---\ntitle: T\ndate: 2024-05-02\nupdated: 2024-05-01\n---\n", path: "p.md")
        #expect(diagnostics.map(\.description) == [
            "p.md:4:10: warning: 'updated' (2024-05-01) is earlier than 'date' (2024-05-02): a page is updated after it is published; check both",
        ])
        let (_, _, _, fine) = FrontMatter.parse("---\ntitle: T\ndate: 2024-05-02\nupdated: 2024-05-02T10:00\n---\n", path: "p.md")
        #expect(fine.isEmpty)
    }

    @Test(arguments: ["en", "en-GB", "pt-BR", "zh-Hant", "zh-Hant-TW", "es-419", "de-CH-1996", "sr-Latn-RS",
                      "en-US-x-twain", "x-private", "yue", "EN-gb"])
    func wellFormedLanguageTagsAreAccepted(_ tag: String) {
        #expect(LanguageTag.problem(with: tag) == nil)
    }

    @Test(arguments: [
        ("english", "'english' is not a language tag: write its language code, 'en' (a BCP 47 language tag such as en, en-GB or pt-BR)"),
        ("en_US", "'en_US' is not a language tag: join the parts with a hyphen, not an underscore: 'en-US'"),
        ("e", nil), ("en-", nil), ("en--GB", nil), ("123", nil), ("en-GB-", nil), ("fr-a", nil), ("Klingon", nil),
    ])
    func otherLanguageValuesAreErrors(_ tag: String, _ message: String?) {
        let problem = LanguageTag.problem(with: tag)
        #expect(problem != nil, "\(tag)")
        if let message { #expect(problem == message) }
    }

    @Test func aBadLanguageIsAnErrorAtItsLine() {
        let (config, diagnostics) = SiteConfig.parse("title: T\nbase_url: https://example.org/\nlanguage: english\n",
                                                     path: "content/site.yml")
        #expect(config == nil)
        #expect(diagnostics.first?.description.hasPrefix("content/site.yml:3:11: error: 'english' is not a language tag") == true)
    }

    @Test func aSlugTooLongForAFolderNameIsAnErrorAtItsLine() {
        let slug = String(repeating: "a", count: 256)
        let (_, diagnostics) = derive(["content/posts/p.md": page("P", "slug: \(slug)\n"),
                                       "content/posts/q.md": page("Q", "tags: [\(String(repeating: "b", count: 300))]\n")])
        #expect(diagnostics.map(\.description) == [
            "content/posts/p.md:3:7: error: the slug makes a URL slug of 256 bytes, longer than the 255 a file or folder name may have: shorten it",
            "content/posts/q.md:3:7: error: the tag '\(String(repeating: "b", count: 40))…' makes a URL slug of 300 bytes, longer than the 255 a file or folder name may have: shorten it",
        ])
    }
}
