import Testing
@testable import MendSite

@Suite("The strings table")
struct StringTableTests {
    let path = "content/site.yml"

    func parse(_ strings: String, language: String = "en") -> (StringTable?, [String]) {
        let text = "title: T\nbase_url: https://example.org/\nlanguage: \(language)\nstrings:\n" + strings
        let (config, diagnostics) = SiteConfig.parse(text, path: path)
        return (config?.strings, diagnostics.map(\.description))
    }

    @Test func englishIsBuiltIn() {
        let table = StringTable()
        #expect(table.text("home") == "Home")
        #expect(table.text("step_of", ["number": "2", "total": "8"]) == "Step 2 of 8")
        #expect(table.counted("step_count", 1) == "1 step")
        #expect(table.counted("step_count", 8) == "8 steps")
        #expect(table.counted("comments_heading", 0, ["title": "T"]) == "No comments yet")
        #expect(table.counted("comments_heading", 1, ["title": "T"]) == "One thought on “T”")
        #expect(table.counted("comments_heading", 3, ["title": "T"]) == "3 thoughts on “T”")
        #expect(table.text("no_such_key") == "")
    }

    @Test func datesFollowTheLanguage() throws {
        let date = try #require(ContentDate("2024-05-01"))
        #expect(StringTable(language: "en-GB").date(date) == "1 May 2024")
        #expect(StringTable(language: "fr").date(date) == "1 mai 2024")
        #expect(StringTable(language: "de").date(date) == "1. Mai 2024")
        #expect(StringTable(language: "pl").date(date) == "1 maja 2024")
        #expect(StringTable(language: "ja").date(date) == "2024年5月1日")
        #expect(StringTable(language: "xx").date(date) == "1 May 2024")
        #expect(StringTable().date(try #require(ContentDate("0999-12-31"))) == "31 December 0999")
    }

    @Test func siteStringsReplaceEntries() throws {
        let (parsed, diagnostics) = parse("""
              home: Start
              step_count: "{{count}} Schritte"
              comments_heading:
                none: Noch keine Kommentare
                one: "Ein Kommentar zu „{{title}}“"
                other: "{{count}} Kommentare zu „{{title}}“"
              months: [Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]
              date: "{{day}}.{{month}} {{year}}"
            """, language: "de")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let table = try #require(parsed)
        #expect(table.text("home") == "Start")
        #expect(table.counted("step_count", 1) == "1 Schritte", "one text stands for every form")
        #expect(table.counted("comments_heading", 0, ["title": "T"]) == "Noch keine Kommentare")
        #expect(table.counted("comments_heading", 1, ["title": "T"]) == "Ein Kommentar zu „T“")
        #expect(table.counted("comments_heading", 2, ["title": "T"]) == "2 Kommentare zu „T“")
        #expect(table.date(try #require(ContentDate("2024-03-09"))) == "9.März 2024")
        #expect(table.text("tags") == "Tags", "what the site leaves out stays built in")
    }

    @Test func pluralFormsFollowTheLanguage() throws {
        let (parsed, diagnostics) = parse("""
              step_count:
                one: "{{count}} шаг"
                few: "{{count}} шага"
                many: "{{count}} шагов"
                other: "{{count}} шага"
            """, language: "ru")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let table = try #require(parsed)
        #expect([1, 2, 5, 11, 21, 22].map { table.counted("step_count", $0) }
                == ["1 шаг", "2 шага", "5 шагов", "11 шагов", "21 шаг", "22 шага"])
    }

    @Test func noneIsForZeroAndZeroIsCLDRs() throws {
        let (parsed, diagnostics) = parse("""
              comments_heading:
                none: "Vēl nav komentāru"
                zero: "{{count}} komentāru"
                one: "{{count}} komentārs"
                other: "{{count}} komentāri"
            """, language: "lv")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let table = try #require(parsed)
        #expect([0, 1, 2, 10, 11, 21].map { table.counted("comments_heading", $0) }
                == ["Vēl nav komentāru", "1 komentārs", "2 komentāri", "10 komentāru", "11 komentāru", "21 komentārs"])
    }

    @Test func problemsAreNamedAtTheirLine() {
        let (table, diagnostics) = parse("""
              step_of: "Étape {{numero}} sur {{total}}"
              months: [janvier, février]
              home:
                one: Accueil
              step_count:
                several: "{{count}} étapes"
              all_steps:
                one: "La seule étape"
              tags: "Thèmes {{#x}}"
            """, language: "fr")
        #expect(table == nil)
        #expect(diagnostics == [
            "content/site.yml:5:12: error: 'strings.step_of' has {{numero}}, which it is never given: use {{number}}, {{total}}",
            "content/site.yml:6:11: error: 'strings.months' needs the twelve month names, January first, as a date writes them; found 2",
            "content/site.yml:8:5: error: 'strings.home' should be text: only the counted strings (step_count, all_steps, reading_time, comments_heading, comment_count) have plural forms",
            "content/site.yml:10:14: error: 'several' is not a plural form: write none (for 0), zero, one, two, few, many or other",
            "content/site.yml:12:5: error: 'strings.all_steps' needs an 'other' form, the one every count without a form of its own takes",
            "content/site.yml:13:9: error: 'strings.tags': '{{#x}}' is not a placeholder: write a name between {{ and }}, such as {{count}}",
        ])
    }

    @Test func warnsOfMissingFormsAndEmptyValues() throws {
        let (table, diagnostics) = parse("""
              home:
              comments_heading:
                one: "Один комментарий"
                other: "{{count}} комментариев"
            """, language: "ru")
        #expect(table?.text("home") == "Home")
        #expect(diagnostics == [
            "content/site.yml:5:8: warning: 'strings.home' has no value: the built-in text is used (write \"\" for none)",
            "content/site.yml:7:5: warning: 'strings.comments_heading' has no 'none' form, the one shown when the count is 0 (\"No comments yet\")",
            "content/site.yml:7:5: warning: 'strings.comments_heading' has no 'few' or 'many' form, which ru uses for some counts: 'other' stands in for it",
        ])
    }

    @Test func aLanguageWithoutStringsIsWarnedOf() {
        let (_, diagnostics) = SiteConfig.parse("title: T\nbase_url: https://example.org/\nlanguage: de\n", path: path)
        #expect(diagnostics.map(\.description) == [
            "content/site.yml:3:11: warning: the site's language is 'de' but its pages show the built-in English texts: translate them under `strings:` (see the README's \"Strings and languages\")",
        ])
        let (_, english) = SiteConfig.parse("title: T\nbase_url: https://example.org/\nlanguage: en-US\n", path: path)
        #expect(english.isEmpty)
    }

    @Test func movingALineChangesNoTable() {
        let (first, _) = parse("  home: Start\n")
        let (second, _) = parse("\n\n  home: Start\n")
        #expect(first == second)
        #expect(first != parse("  home: Begin\n").0)
    }
}

@Suite("mend theme strings")
struct StringTableYAMLTests {
    @Test(arguments: ["en", "fr", "ru", "ja"])
    func printsATableThatReadsBackTheSame(language: String) throws {
        let table = StringTable(language: language)
        let text = "title: T\nbase_url: https://example.org/\nlanguage: \(language)\n" + table.yaml
        let (config, diagnostics) = SiteConfig.parse(text, path: "content/site.yml")
        // The English texts, pasted and not yet translated, are still warned of.
        #expect(diagnostics.map(\.message) == (language == "en" ? [] : [
            "the site's language is '\(language)' but its pages show the built-in English texts: translate them under `strings:` (see the README's \"Strings and languages\")",
        ]))
        let read = try #require(config).strings
        for key in StringTable.builtIn.keys {
            for count in [0, 1, 2, 3, 5, 11, 21, 22] {
                #expect(read.counted(key, count, ["title": "T"]) == table.counted(key, count, ["title": "T"]), "\(key) \(count)")
            }
        }
        #expect(read.months == table.months)
        #expect(table.yaml.contains("  step_count:\n    one: \"{{count}} step\"\n"))
    }

    @Test func listsTheFormsTheLanguageUses() {
        #expect(StringTable(language: "ru").yaml.contains(
            "  step_count:\n    one: \"{{count}} step\"\n    few: \"{{count}} steps\"\n    many: \"{{count}} steps\"\n    other: \"{{count}} steps\"\n"))
    }
}
