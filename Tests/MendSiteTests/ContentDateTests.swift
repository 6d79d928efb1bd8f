import Testing
@testable import MendSite

@Suite("Content dates")
struct ContentDateTests {
    @Test(arguments: [
        ("2024-05-01", "2024-05-01", "2024-05-01T00:00:00Z", "1 May 2024"),
        ("2024-02-29T23:59:59Z", "2024-02-29T23:59:59Z", "2024-02-29T23:59:59Z", "29 February 2024"),
        ("2024-05-01 09:30", "2024-05-01T09:30:00Z", "2024-05-01T09:30:00Z", "1 May 2024"),
        ("2024-05-01T09:30:00-05:30", "2024-05-01T09:30:00-05:30", "2024-05-01T09:30:00-05:30", "1 May 2024"),
        ("0999-05-05", "0999-05-05", "0999-05-05T00:00:00Z", "5 May 0999"),
        ("0001-01-01T00:00Z", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "1 January 0001"),
    ])
    func parsesAndFormats(text: String, iso: String, rfc3339: String, display: String) throws {
        let date = try #require(ContentDate(text))
        #expect(date.iso == iso)
        #expect(date.rfc3339 == rfc3339)
        #expect(StringTable(language: "en").date(date) == display)
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-5-1", "yesterday", "2024-05-01T25:00", "2024-05-01x", "0000-05-05", "999-05-05"])
    func rejects(text: String) {
        #expect(ContentDate(text) == nil)
    }

    @Test func ordersByInstant() throws {
        let early = try #require(ContentDate("2024-05-01T10:00:00+02:00"))
        let late = try #require(ContentDate("2024-05-01T09:00:00Z"))
        #expect(early < late)
        #expect(try #require(ContentDate("1970-01-02")).timestamp == 86_400)
    }
}
