import Testing
@testable import MendSite

@Suite("site.yml")
struct SiteConfigTests {
    let path = "content/site.yml"

    @Test func readsSettings() throws {
        let text = """
            title: Mend
            description: Guides
            base_url: https://example.org/blog
            language: en-GB
            author:
              name: The editors
            markdown: {unsafe: true, smart: false}
            similar_posts: 5
            support: Talk to someone.
            """
        let (config, diagnostics) = SiteConfig.parse(text, path: path)
        #expect(diagnostics.isEmpty)
        let value = try #require(config)
        #expect(value.baseURL == "https://example.org/blog/")
        #expect(value.rootPath == "/blog/")
        #expect(value.absolute("/blog/guides/x/") == "https://example.org/blog/guides/x/")
        #expect(value.author == "The editors" && value.language == "en-GB")
        #expect(value.markdown == .init(unsafe: true, smart: false))
        #expect(value.similarPosts == 5 && value.support == "Talk to someone.")
    }

    @Test func baseURLOverrideWins() throws {
        let (config, _) = SiteConfig.parse("title: T\nbase_url: https://a.org/\n", path: path,
                                           baseURLOverride: "http://localhost:8080/preview/")
        #expect(config?.rootPath == "/preview/")
    }

    @Test func reportsEveryProblemWithItsLine() {
        let text = "title: T\nbase_url: example.org\nsimilar_posts: many\nmarkdown:\n  safe: true\n"
        let (config, diagnostics) = SiteConfig.parse(text, path: path)
        #expect(config == nil)
        #expect(diagnostics.sorted().map(\.description) == [
            "content/site.yml:2:11: error: base_url 'example.org' is not an absolute http(s) address such as https://example.org/ or https://example.org/blog/",
            "content/site.yml:3:16: error: 'similar_posts' should be a whole number, found the text 'many'",
            "content/site.yml:5:3: warning: unknown markdown key 'safe' is ignored: did you mean 'unsafe'?",
        ])
    }

    @Test func syntaxErrorAtTheEndOfAFileWithoutFinalLineBreakStaysInTheFile() {
        // libyaml reports it on line 3 of a 2-line file (Fuzz/regressions/content/yaml-error-past-end-of-file.bin).
        let (config, diagnostics) = SiteConfig.parse("title: x\naut", path: path)
        #expect(config == nil)
        #expect(diagnostics.map(\.description) == ["content/site.yml:2:4: error: invalid YAML: could not find expected ':'"])
    }

    @Test func keysAfterLoneCarriageReturnsKeepTheirFileLine() {
        // libyaml counts a lone \r as a line end (Fuzz/regressions/content/yaml-key-line-after-lone-carriage-returns.bin).
        let (_, diagnostics) = SiteConfig.parse("title: T\r\r\rx: 1\nbase_url: https://a.org/\nbase_u- rl: 2\n", path: path)
        #expect(diagnostics.map(\.location) == [SourceLocation(path: path, line: 1, column: 12),
                                                 SourceLocation(path: path, line: 3, column: 1)])
    }

    @Test func titleAndBaseURLAreRequired() {
        let (_, diagnostics) = SiteConfig.parse("description: x\n", path: path)
        #expect(diagnostics.count == 2)
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.location.line == 1 })
    }
}
