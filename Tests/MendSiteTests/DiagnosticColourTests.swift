import Testing
import MendSite

/// Colour on a terminal only, and never with NO_COLOR set.
@Suite("Diagnostics in colour")
struct DiagnosticColourTests {
    let diagnostic = Diagnostic.error(at: SourceLocation(path: "content/a.md", line: 3, column: 5), "it broke")

    @Test func plainUnlessColoured() {
        #expect(diagnostic.description(coloured: false) == "content/a.md:3:5: error: it broke")
        #expect(diagnostic.description(coloured: true) == "content/a.md:3:5: \u{1B}[1;31merror\u{1B}[0m: it broke")
        let warning = Diagnostic.warning(at: SourceLocation(path: "a"), "w")
        #expect(warning.description(coloured: true).contains("\u{1B}[1;33mwarning\u{1B}[0m"))
    }

    @Test(arguments: [
        (true, [:], true), (false, [:], false), (true, ["NO_COLOR": "1"], false), (true, ["NO_COLOR": ""], true),
        (true, ["TERM": "dumb"], false), (true, ["TERM": "xterm-256color"], true),
    ] as [(Bool, [String: String], Bool)])
    func whenToColour(isTerminal: Bool, environment: [String: String], expected: Bool) {
        #expect(Diagnostic.usesColour(isTerminal: isTerminal, environment: environment) == expected)
    }
}
