import Testing
import MendTemplates

/// Errors far into very long lines and very deep nesting still carry exact positions, and
/// long delimiters and long runs of text still compile to the right output.
/// (Compile time on such sources is measured by `make bench`, not asserted here.)
@Suite("Long lines, deep nesting and long delimiters")
struct LongSourceTests {
    /// `count` times `{{name}} é 🎉 `: 13 scalars, 17 bytes each.
    static func longLine(_ count: Int) -> String {
        String(repeating: "{{name}} é 🎉 ", count: count)
    }

    @Test func unclosedTagAtTheEndOfALongLine() {
        expectError(Self.longLine(50_000) + "{{oops", line: 1, column: 50_000 * 13 + 1,
                    kind: .unclosedTag(expected: "}}"))
    }

    @Test func badTagsLateOnALongLineAfterOtherLines() {
        let prefix = "first line\nsecond {{name}}\n" + Self.longLine(30_000)
        let column = 30_000 * 13 + 1
        expectError(prefix + "{{/x}}", line: 3, column: column, kind: .unexpectedClosingTag("x"))
        expectError(prefix + "{{a..b}}", line: 3, column: column, kind: .invalidName("a..b"))
        expectError(prefix + "{{#s}}{{/t}}", line: 3, column: column + 6,
                    kind: .mismatchedClosingTag(expected: "s", found: "t"))
        expectError(prefix + "{{#s}} tail", line: 3, column: column, kind: .unclosedSection("s"))
        expectError(prefix + "{{=a=}}", line: 3, column: column, kind: .invalidDelimiters("a"))
    }

    @Test func longLineRendersEveryTag() throws {
        let html = try render(Self.longLine(20_000), ["name": "<b>"])
        #expect(html.utf8.count == 20_000 * ("&lt;b&gt; é 🎉 ".utf8.count))
        #expect(html.hasPrefix("&lt;b&gt; é 🎉 &lt;b&gt;"))
    }

    @Test func fortyThousandNestedSectionsFailAtTheHundredAndFirst() {
        let deep = String(repeating: "{{#a}}xy", count: 40_000) + String(repeating: "{{/a}}", count: 40_000)
        expectError(deep, line: 1, column: 100 * 8 + 1, kind: .nestingTooDeep(limit: 100))
        let onLines = String(repeating: "  {{#a}}\n", count: 40_000) + String(repeating: "{{/a}}\n", count: 40_000)
        expectError(onLines, line: 101, column: 3, kind: .nestingTooDeep(limit: 100))
    }

    @Test func nestingIsCheckedBeforeTheRestOfTheSourceIsRead() {
        // The tag at depth 101 is the first bad tag: the unclosed tag after it is never reached.
        let deep = String(repeating: "{{#a}}\n", count: 101) + "{{oops"
        expectError(deep, line: 101, column: 1, kind: .nestingTooDeep(limit: 100))
    }

    @Test func deepButValidNestingRepeatedCompilesAndRenders() throws {
        let group = String(repeating: "{{#a}}", count: 100) + "{{n}}" + String(repeating: "{{/a}}", count: 100)
        let html = try render(String(repeating: group + "\n", count: 200), ["a": true, "n": 7])
        #expect(html == String(repeating: "7\n", count: 200))
        expectError(String(repeating: group, count: 50) + "{{#a}}" + group + "{{/a}}",
                    line: 1, column: 50 * 1205 + 6 + 99 * 6 + 1, kind: .nestingTooDeep(limit: 100))
    }

    @Test func longDelimitersThatNearlyMatchTheText() throws {
        let open = String(repeating: "<", count: 300) + "[", close = "]" + String(repeating: ">", count: 300)
        let filler = String(repeating: "<", count: 5_000)
        let source = "{{=\(open) \(close)=}}" + filler + "\(open)name\(close)" + String(repeating: ">", count: 299) + "\n"
            + "\(open)#yes\(close)\(open)=[[ ]]=\(close)[[name]][[/yes]]"
        let html = try render(source, ["name": "N", "yes": true])
        #expect(html == filler + "N" + String(repeating: ">", count: 299) + "\nN")
        expectError("{{=\(open) \(close)=}}\n" + filler + "\(open)name]", line: 2, column: 5_001,
                    kind: .unclosedTag(expected: close))
    }

    @Test func textBrokenByManyCommentsJoins() throws {
        let html = try render(String(repeating: "ab{{! note }}", count: 30_000) + "{{name}}", ["name": "!"])
        #expect(html == String(repeating: "ab", count: 30_000) + "!")
    }
}
