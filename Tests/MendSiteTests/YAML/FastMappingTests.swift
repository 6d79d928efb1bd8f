import Testing
import Yams
@testable import MendSite

@Suite("Fast YAML mappings")
struct FastMappingTests {
    @Test func readsTypicalFrontMatterAsYamsDoes() throws {
        let text = """
            title: "Focus on the Positive"
            step: 8
            summary: Remembering what you share, and small wins.
            date: 2024-05-01
            tags: [connection, "healing well", 'c#']
            draft: yes
            # a comment

            aliases:
              - /old/path/
              - "/other/"
            weight: -3  # heavier last
            slug:
            """
        let entries = try #require(FastMapping.entries(in: text))
        #expect(entries.map(\.key) == ["title", "step", "summary", "date", "tags", "draft", "aliases", "weight", "slug"])
        #expect(entries[0].value.scalar?.string == "Focus on the Positive")
        #expect(entries[0].value.scalar?.style == .doubleQuoted)
        #expect(entries[1].value.int == 8)
        #expect(entries[5].value.bool == true)
        #expect(entries[7].value.int == -3)
        #expect(entries[4].value.sequence?.map(\.string) == ["connection", "healing well", "c#"])
        #expect(entries[6].value.sequence?.map(\.string) == ["/old/path/", "/other/"])
        #expect(entries[8].value.scalar?.string == "")
        #expect(FastMappingEquivalenceTests.compare(text).difference == nil)
    }

    @Test func positionsAreLibYAMLMarks() throws {
        let text = "é: x\ntitle:  [é, 😀, \"q\"]\nslug:\ntags:\n  - a\n  -  b"
        // `é` is no key the fast path takes: only the lines after the first are read here.
        #expect(FastMapping.entries(in: text) == nil)
        let entries = try #require(FastMapping.entries(in: String(text.drop { $0 != "\n" }.dropFirst())))
        let items = try #require(entries[0].value.sequence).map { "\($0.mark!.line):\($0.mark!.column)" }
        #expect(items == ["1:10", "1:13", "1:16"])  // columns count characters, not bytes
        #expect(entries[1].value.mark.map { "\($0.line):\($0.column)" } == "2:6")  // just after the `:`
        #expect(entries[2].value.mark.map { "\($0.line):\($0.column)" } == "4:3")  // the first `-`
        #expect(entries[2].value.sequence?.last?.mark.map { "\($0.line):\($0.column)" } == "5:6")
    }

    @Test func errorsInFastReadFrontMatterPointAtTheFileLine() {
        let text = "---\ntitle: T\ntags: [a]\nstep: three\ndraft: maybe\n---\n"
        let (frontMatter, _, _, diagnostics) = FrontMatter.parse(text, path: "content/posts/x.md")
        #expect(frontMatter == nil)
        #expect(diagnostics.map(\.description) == [
            "content/posts/x.md:4:7: error: 'step' should be a whole number, found the text 'three'",
            "content/posts/x.md:5:8: error: 'draft' should be true or false, found the text 'maybe'",
        ])
    }

    /// Each of these is left to Yams, whether Yams reads it or reports it.
    @Test(arguments: [
        "a: &x 1\nb: *x",                       // anchor, alias
        "a: !!str 1",                           // tag
        "a: |\n  block",                        // block scalars
        "a: >\n  folded",
        "a:\n  b: 1",                           // nested mapping
        "a: {b: 1}",
        "a: one\n  two",                        // multi-line plain scalar
        "a: \"one\n  two\"",                    // multi-line quoted scalar
        "a: [b,\n  c]",                         // multi-line flow list
        "a: \"\\q\"",                           // unknown escape
        "a: \"\\uFEFF\"",                       // a BOM, which Foundation drops
        "a: b\tc",                              // tab
        "a: b\rc",                              // lone carriage return
        "a: x\u{2028}y",                        // libyaml's other line breaks
        "\u{FEFF}a: b",                         // byte order mark
        "a: 1\na: 2",                           // duplicate key
        "a: b: c",                              // a colon that makes a key
        "- a\n- b",                             // not a mapping
        "a: 1\n---\nb: 2",                      // two documents
        "? a\n: b",                             // complex key
        "\"a\": b",                             // quoted key
        "a:\n  - b\n    - c",                   // uneven list
        "a:\n  - [b]",                          // list in a list
        "a: [b, ]",                             // trailing comma
        "  a: b",                               // indented mapping
    ])
    func leavesEverythingElseToYams(_ text: String) {
        #expect(FastMapping.entries(in: text) == nil)
        #expect(FastMappingEquivalenceTests.compare(text).difference == nil)
    }

    @Test func emptyAndCommentOnlyTextsHaveNoEntries() throws {
        for text in ["", "\n", "# nothing\n\n  # here"] {
            #expect(try #require(FastMapping.entries(in: text)).isEmpty)
            #expect(FastMappingEquivalenceTests.compare(text).difference == nil)
        }
    }
}
