import Foundation
import Testing
import MendTemplates

@Suite("TemplateValue")
struct TemplateValueTests {
    @Test func buildsFromLiterals() {
        let value: TemplateValue = ["s": "text", "i": 3, "d": 1.5, "b": true, "l": [1, "two"], "n": nil]
        #expect(value == .dictionary([
            "s": .string("text"), "i": .number(3), "d": .number(1.5), "b": .bool(true),
            "l": .list([.number(1), .string("two")]), "n": .null,
        ]))
    }

    @Test func decodesJSON() throws {
        let json = #"{"title":"Trust","steps":[{"n":1,"done":false}],"rating":4.5,"note":null}"#
        let value = try JSONDecoder().decode(TemplateValue.self, from: Data(json.utf8))
        #expect(value == ["title": "Trust", "steps": [["n": 1, "done": false]], "rating": 4.5, "note": nil])
    }

    @Test func numbersInterpolateWithoutNeedlessFractions() throws {
        #expect(try render("{{a}} {{b}} {{c}} {{d}}", ["a": 85, "b": 1.21, "c": -3, "d": 0.5]) == "85 1.21 -3 0.5")
    }

    @Test func booleansAndNullInterpolate() throws {
        #expect(try render("{{t}}/{{f}}/{{n}}", ["t": true, "f": false, "n": nil]) == "true/false/")
    }

    @Test(arguments: [
        (TemplateValue.string(""), false), (.string("0"), true), (.number(0), false), (.number(2), true),
        (.bool(false), false), (.null, false), (.list([]), false), (.list([.null]), true),
        (.dictionary([:]), true),
    ])
    func truthiness(value: TemplateValue, truthy: Bool) throws {
        #expect(value.isTruthy == truthy)
        #expect(try render("{{#v}}yes{{/v}}{{^v}}no{{/v}}", ["v": value]) == (truthy ? "yes" : "no"))
    }

    @Test func escapesHTMLIncludingApostrophes() throws {
        #expect(try render("{{x}}|{{{x}}}|{{&x}}", ["x": "<a href=\"q\">Tom & Jerry's</a>"])
            == "&lt;a href=&quot;q&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;|<a href=\"q\">Tom & Jerry's</a>|<a href=\"q\">Tom & Jerry's</a>")
    }

    @Test func keepsNonASCIIText() throws {
        #expect(try render("{{x}}", ["x": "Vertrauen — “trust” ❤️ שלום"]) == "Vertrauen — “trust” ❤️ שלום")
    }
}
