import Testing
import MendSite

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test func readsLikeACompilerDiagnostic() {
        let diagnostic = Diagnostic.error(at: SourceLocation(path: "content/site.yml", line: 3, column: 7), "expected a number")
        #expect(diagnostic.description == "content/site.yml:3:7: error: expected a number")
    }

    @Test func nestsContextOutermostFirst() {
        let inner = Diagnostic.error(at: SourceLocation(path: "templates/step.mustache", line: 4, column: 9), "'titel' is not defined")
        #expect(inner.within("while rendering content/guides/x/03-y.md").description
            == "while rendering content/guides/x/03-y.md: templates/step.mustache:4:9: error: 'titel' is not defined")
    }

    @Test func wholeFileProblemsPrintJustThePath() {
        #expect(Diagnostic.warning(at: SourceLocation(path: "content/x.md"), "empty").description
            == "content/x.md: warning: empty")
    }
}
