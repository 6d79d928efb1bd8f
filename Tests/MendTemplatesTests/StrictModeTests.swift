import Testing
import MendTemplates

@Suite("Strict mode")
struct StrictModeTests {
    @Test func missingNameThrowsWithPosition() {
        expectError("<h1>{{title}}</h1>\n<p>{{summry}}</p>", ["title": "T", "summary": "S"], strict: true,
                    line: 2, column: 4, kind: .missingName("summry"))
    }

    @Test func missingNameRendersEmptyByDefault() throws {
        #expect(try render("<p>{{summry}}</p>", ["summary": "S"]) == "<p></p>")
    }

    @Test func missingSectionNameThrows() {
        expectError("{{#steps}}x{{/steps}}", strict: true, line: 1, column: 1, kind: .missingName("steps"))
        expectError("{{^steps}}x{{/steps}}", strict: true, line: 1, column: 1, kind: .missingName("steps"))
    }

    @Test func nullIsAValueNotAMiss() throws {
        #expect(try render("[{{summary}}]{{^summary}}none{{/summary}}", ["summary": nil], strict: true) == "[]none")
        #expect(try render("[{{author.name}}]", ["author": nil], strict: true) == "[]")
    }

    @Test func dottedNameMissingPartThrows() {
        expectError("{{page.titel}}", ["page": ["title": "x"]], strict: true,
                    line: 1, column: 1, kind: .missingName("page.titel"))
    }

    @Test func namesFromOuterContextsResolve() throws {
        let value: TemplateValue = ["site": "Mend", "steps": [["title": "One"], ["title": "Two"]]]
        #expect(try render("{{#steps}}{{title}}@{{site}} {{/steps}}", value, strict: true) == "One@Mend Two@Mend ")
    }

    @Test func missingPartialThrowsInStrictModeOnly() throws {
        expectError("a\n  {{>footer}}\n", strict: true, line: 2, column: 3, kind: .missingPartial("footer"))
        #expect(try render("a\n  {{>footer}}\n") == "a\n")
        expectError("{{<layout}}{{/layout}}", strict: true, line: 1, column: 1, kind: .missingPartial("layout"))
    }

    @Test func errorInAPartialNamesThePartial() {
        expectError("{{>head}}", ["title": "T"], partials: ["head": "<title>{{title}}</title>\n{{descripton}}"],
                    strict: true, line: 2, column: 1, kind: .missingName("descripton"), in: "head")
    }

    @Test func errorInABlockArgumentNamesTheTemplateItWasWrittenIn() {
        let page = "{{<layout}}\n{{$body}}\n  <p>{{txt}}</p>\n{{/body}}\n{{/layout}}"
        expectError(page, ["text": "x"], partials: ["layout": "<main>{{$body}}{{/body}}</main>"],
                    strict: true, line: 3, column: 6, kind: .missingName("txt"), in: "page")
    }

    @Test func interpolatingAListThrows() {
        expectError("{{tags}}", ["tags": ["a", "b"]], strict: true,
                    line: 1, column: 1, kind: .notText(name: "tags", kind: "a list"))
    }

    @Test func dynamicNameMustBeAString() {
        expectError("{{>*kind}}", ["kind": 3], strict: true,
                    line: 1, column: 1, kind: .dynamicNameNotString(name: "kind", kind: "a number"))
        expectError("{{>*kind}}", strict: true, line: 1, column: 1, kind: .missingName("kind"))
    }

    @Test func selfIncludingPartialStopsWithAnError() {
        expectError("{{>loop}}", partials: ["loop": "x{{>loop}}"], line: 1, column: 2,
                    kind: .renderingTooDeep(limit: 200), in: "loop")
        expectError("{{<p}}{{/p}}", partials: ["p": "{{<p}}{{/p}}"], line: 1, column: 1,
                    kind: .renderingTooDeep(limit: 200), in: "p")
    }
}
