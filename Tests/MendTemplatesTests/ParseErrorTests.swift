import Testing
import MendTemplates

@Suite("Compile errors carry exact positions")
struct ParseErrorTests {
    @Test func unclosedSection() {
        expectError("<ul>\n  {{#items}}\n    <li>{{name}}</li>\n</ul>\n",
                    line: 2, column: 3, kind: .unclosedSection("items"))
    }

    @Test func innermostUnclosedSectionIsReported() {
        expectError("{{#a}}\n{{^b}}\n{{/a}}", line: 3, column: 1,
                    kind: .mismatchedClosingTag(expected: "b", found: "a"))
        expectError("{{#a}}\n  {{#b}}x", line: 2, column: 3, kind: .unclosedSection("b"))
    }

    @Test func mismatchedClosingTag() {
        expectError("{{#outer}}\n  {{#inner}}x{{/outer}}\n{{/inner}}", line: 2, column: 14,
                    kind: .mismatchedClosingTag(expected: "inner", found: "outer"))
    }

    @Test func closingTagWithoutSection() {
        expectError("Hello\n   {{/name}}", line: 2, column: 4, kind: .unexpectedClosingTag("name"))
    }

    @Test func unclosedTag() {
        expectError("line one\nline {{two\nthree", line: 2, column: 6, kind: .unclosedTag(expected: "}}"))
        expectError("a {{{raw}}", line: 1, column: 3, kind: .unclosedTag(expected: "}}}"))
        expectError("{{=<% %>=}}\n<%name", line: 2, column: 1, kind: .unclosedTag(expected: "%>"))
    }

    @Test func unclosedSetDelimiterTag() {
        expectError("x\n {{=<% %>}}", line: 2, column: 2, kind: .unclosedTag(expected: "=}}"))
    }

    @Test func badDelimiterChange() {
        expectError("ok\n\t{{=<%=}}", line: 2, column: 2, kind: .invalidDelimiters("<%"))
        expectError("{{=a b c=}}", line: 1, column: 1, kind: .invalidDelimiters("a b c"))
        expectError("{{=<= =>=}}", line: 1, column: 1, kind: .invalidDelimiters("<= =>"))
    }

    @Test func invalidNames() {
        expectError("{{ }}", line: 1, column: 1, kind: .invalidName(""))
        expectError("a\n{{#two words}}{{/two words}}", line: 2, column: 1, kind: .invalidName("two words"))
        expectError("{{a..b}}", line: 1, column: 1, kind: .invalidName("a..b"))
        expectError("{{>}}", line: 1, column: 1, kind: .invalidName(""))
    }

    @Test func columnsCountCharactersNotBytes() {
        expectError("« café » {{#x}}", line: 1, column: 10, kind: .unclosedSection("x"))
    }

    @Test func duplicateBlockInParent() {
        expectError("{{<layout}}\n{{$a}}1{{/a}}\n{{$a}}2{{/a}}\n{{/layout}}", line: 3, column: 1,
                    kind: .duplicateBlock("a"))
    }

    @Test func nestingLimit() {
        let deep = String(repeating: "{{#a}}", count: 101) + String(repeating: "{{/a}}", count: 101)
        expectError(deep, line: 1, column: 601, kind: .nestingTooDeep(limit: 100))
        let fine = String(repeating: "{{#a}}", count: 100) + "x" + String(repeating: "{{/a}}", count: 100)
        #expect(throws: Never.self) { try Template(source: fine, name: "page") }
    }

    @Test func descriptionReadsLikeACompilerDiagnostic() throws {
        do {
            _ = try Template(source: "<p>\n{{#a}}", name: "templates/page.mustache")
            Issue.record("expected an error")
        } catch let error as TemplateError {
            #expect(error.description
                == "templates/page.mustache:2:1: section 'a' is never closed: add {{/a}} where it ends")
        }
    }
}
