import Testing
@testable import MendSite

@Suite("String placeholders")
struct StringPatternTests {
    @Test func splitsAtPlaceholders() throws {
        let pattern = try #require(StringPattern.parse("Step {{number}} of {{ total }}, {{number}}").0)
        #expect(pattern.pieces == [.text("Step "), .placeholder("number"), .text(" of "), .placeholder("total"),
                                   .text(", "), .placeholder("number")])
        #expect(pattern.placeholders == ["number", "total"])
        #expect(pattern.filled(["number": "3", "total": "8"]) == "Step 3 of 8, 3")
        #expect(pattern.filled(["number": "3"]) == "Step 3 of , 3")
    }

    @Test func escapesTheTextNotTheValuesInHTML() throws {
        let pattern = try #require(StringPattern.parse("Q&A <b> at {{link}}").0)
        #expect(pattern.html(["link": "<a href=\"/x/\">x</a>"]) == "Q&amp;A &lt;b&gt; at <a href=\"/x/\">x</a>")
        #expect(pattern.mustacheSource(key: "qa") == "Q&amp;A &lt;b&gt; at {{$qa.link}}{{link}}{{/qa.link}}")
    }

    @Test(arguments: ["Open {{#list}}", "Half {{open", "{{}}", "{{a b}}", "{{.x}}", "{{x..y}}", "{{{raw}}}"])
    func rejectsWhatIsNoPlaceholder(text: String) {
        let (pattern, problem) = StringPattern.parse(text)
        #expect(pattern == nil)
        #expect(problem != nil)
    }

    @Test func dottedNamesAreNames() throws {
        let pattern = try #require(StringPattern.parse("From {{page.permalink}}").0)
        #expect(pattern.placeholders == ["page.permalink"])
    }
}
