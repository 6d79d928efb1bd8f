import Testing
@testable import MendSite

@Suite("site.yml paginate")
struct PaginateSettingTests {
    let path = "content/site.yml"

    func parse(_ line: String) -> (SiteConfig?, [Diagnostic]) {
        SiteConfig.parse("title: T\nbase_url: https://example.org/\n\(line)\n", path: path)
    }

    @Test func defaultsToTenAsHugoDoes() throws {
        let (config, diagnostics) = SiteConfig.parse("title: T\nbase_url: https://example.org/\n", path: path)
        #expect(diagnostics.isEmpty)
        #expect(try #require(config).paginate == 10)
    }

    @Test(arguments: [1, 25, 1000])
    func readsAWholeNumberFromOneToAThousand(value: Int) throws {
        let (config, diagnostics) = parse("paginate: \(value)")
        #expect(diagnostics.isEmpty)
        #expect(try #require(config).paginate == value)
    }

    @Test(arguments: [
        ("paginate: 0", "content/site.yml:3:11: error: 'paginate' must be between 1 and 1000, found 0"),
        ("paginate: 1001", "content/site.yml:3:11: error: 'paginate' must be between 1 and 1000, found 1001"),
        ("paginate: -5", "content/site.yml:3:11: error: 'paginate' must be between 1 and 1000, found -5"),
        ("paginate: ten", "content/site.yml:3:11: error: 'paginate' should be a whole number, found the text 'ten'"),
        ("paginate:   2.5", "content/site.yml:3:13: error: 'paginate' should be a whole number, found the text '2.5'"),
        ("paginate: [10]", "content/site.yml:3:11: error: 'paginate' should be a whole number, found a list"),
    ])
    func aWrongValueIsAnErrorAtItsPosition(line: String, expected: String) {
        let (config, diagnostics) = parse(line)
        #expect(config == nil)
        #expect(diagnostics.map(\.description) == [expected])
    }

    @Test func aMisspeltKeyIsAWarningWithASuggestion() throws {
        let (config, diagnostics) = parse("pagninate: 5")
        #expect(try #require(config).paginate == 10)
        #expect(diagnostics.map(\.description) == ["content/site.yml:3:1: warning: unknown site.yml key 'pagninate' is ignored: did you mean 'paginate'?"])
    }
}
