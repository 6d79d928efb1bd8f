import Testing
@testable import MendSite

@Suite("Front matter")
struct FrontMatterTests {
    let path = "content/posts/x.md"

    @Test func readsEveryField() throws {
        let text = """
            ---
            title: "Take Responsibility"
            summary: Own what happened.
            date: 2024-05-01
            updated: 2024-06-02T10:30:00+02:00
            tags: [accountability, healing]
            draft: true
            step: 2
            weight: -3
            slug: own-it
            comments: closed
            content_note: Talks about betrayal.
            ---
            Body *text*.
            """
        let (frontMatter, body, bodyLine, diagnostics) = FrontMatter.parse(text, path: path)
        #expect(diagnostics.isEmpty)
        let value = try #require(frontMatter)
        #expect(value.title == "Take Responsibility")
        #expect(value.summary == "Own what happened.")
        #expect(value.date?.iso == "2024-05-01")
        #expect(value.updated?.iso == "2024-06-02T10:30:00+02:00")
        #expect(value.tags == ["accountability", "healing"])
        #expect(value.draft && value.commentsClosed)
        #expect(value.step == 2 && value.weight == -3 && value.slug == "own-it")
        #expect(value.contentNote == "Talks about betrayal.")
        #expect(body == "Body *text*.")
        #expect(bodyLine == 14)
    }

    @Test func wrongTypeIsAnErrorAtTheFileLine() {
        let text = "---\ntitle: T\ntags: [a]\nstep: three\n---\n"
        let (frontMatter, _, _, diagnostics) = FrontMatter.parse(text, path: path)
        #expect(frontMatter == nil)
        #expect(diagnostics.map(\.description) == ["content/posts/x.md:4:7: error: 'step' should be a whole number, found the text 'three'"])
    }

    @Test func unknownKeyIsAWarningWithASuggestion() {
        let (frontMatter, _, _, diagnostics) = FrontMatter.parse("---\ntitle: T\nsumary: S\n---\n", path: path)
        #expect(frontMatter != nil)
        #expect(diagnostics.map(\.description) == ["content/posts/x.md:3:1: warning: unknown front-matter key 'sumary' is ignored: did you mean 'summary'?"])
    }

    @Test func yamlSyntaxErrorPointsIntoTheFile() {
        let (frontMatter, _, _, diagnostics) = FrontMatter.parse("---\ntitle: T\ntags: [a, b\n---\nbody\n", path: path)
        #expect(frontMatter == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location.line == 4)
        #expect(diagnostics.first?.message.hasPrefix("invalid YAML") == true)
    }

    @Test func yamlErrorAfterLoneCarriageReturnsPointsAtTheFileLine() {
        // libyaml counts each lone \r as a line (Fuzz/regressions/content/yaml-error-line-after-lone-carriage-returns.bin).
        let text = "---\n? title\n: Complex key\nste" + String(repeating: "\r", count: 70) + "p: 0x1\n---\n"
        let (_, _, _, diagnostics) = FrontMatter.parse(text, path: path)
        #expect(diagnostics.map(\.location) == [SourceLocation(path: path, line: 4, column: 74)])
    }

    @Test func missingTitleIsAnError() {
        let (_, _, _, diagnostics) = FrontMatter.parse("---\nsummary: S\n---\n", path: path)
        #expect(diagnostics.map(\.description) == ["content/posts/x.md:1:1: error: the page needs a title: add `title: …` to its front matter"])
    }

    @Test func badDateSaysTheFormat() {
        let (_, _, _, diagnostics) = FrontMatter.parse("---\ntitle: T\ndate: 2024-02-30\n---\n", path: path)
        #expect(diagnostics.map(\.description) == ["content/posts/x.md:3:7: error: 'date' is not a date: write it as 2024-05-01 or 2024-05-01T09:30:00+02:00"])
    }

    @Test func missingOrUnclosedFrontMatter() {
        #expect(FrontMatter.parse("# Hello\n", path: path).3.first?.message.contains("needs front matter") == true)
        #expect(FrontMatter.parse("---\ntitle: T\n", path: path).3.first?.message.contains("not closed") == true)
    }

    @Test func duplicateKeyIsAnError() {
        let (frontMatter, _, _, diagnostics) = FrontMatter.parse("---\ntitle: A\ntitle: B\n---\n", path: path)
        #expect(frontMatter == nil)
        #expect(diagnostics.first?.message.contains("given twice") == true)
    }

    @Test func windowsLineEndingsAndByteOrderMark() throws {
        let (frontMatter, body, _, diagnostics) = FrontMatter.parse("\u{FEFF}---\r\ntitle: T\r\n---\r\nHi", path: path)
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.title == "T")
        #expect(body == "Hi")
    }
}
