@testable import MendSite
import Testing

@Suite("Similar posts: tokenizer")
struct TextTokenizerTests {
    @Test func lowercasesAndSplitsOnPunctuation() {
        #expect(TextTokenizer.terms(in: "Rebuilding TRUST—after heartache: honest, open talks!")
            == ["rebuild", "trust", "heartache", "honest", "open", "talk"])
    }

    @Test func dropsStopWordsAndShortWords() {
        #expect(TextTokenizer.terms(in: "It is what it is, and we are not there yet, but we try") == ["try"])
    }

    @Test func curlyAndStraightApostrophesAreTheSame() {
        #expect(TextTokenizer.terms(in: "Don’t stop. Don't stop. Partner’s feelings, partner's needs")
            == ["stop", "stop", "partner", "feel", "partner", "need"])
    }

    @Test func apostropheOutsideAWordSeparates() {
        #expect(TextTokenizer.terms(in: "‘quoted’ 'words' students’ rock’n’roll") == ["quot", "word", "student", "rock'n'roll"])
    }

    @Test func keepsLettersOfEveryScriptAndFoldsTheirCase() {
        #expect(TextTokenizer.terms(in: "Vertrauen ÜBER Straße — доверие ДОВЕРИЕ, ελπίδα")
            == ["vertrauen", "über", "straße", "доверие", "доверие", "ελπίδα"])
    }

    @Test func combiningMarksStayInTheWordAndCountAsOneCharacter() {
        // "café" written with a combining acute accent, and a two-letter word with one.
        let terms = TextTokenizer.terms(in: "cafe\u{301} ne\u{301}")
        #expect(terms == ["cafe\u{301}"])
        #expect(terms.first == "café")  // canonically equivalent to the precomposed form
    }

    @Test func keepsNumbersOfThreeDigitsOrMore() {
        #expect(TextTokenizer.terms(in: "Step 12 of 2024: 100 days") == ["step", "2024", "100", "day"])
    }

    @Test func emptyAndSymbolOnlyTextHasNoTerms() {
        #expect(TextTokenizer.terms(in: "").isEmpty)
        #expect(TextTokenizer.terms(in: "— … ★ 🙂 -- ## 42").isEmpty)
    }

    @Test func plainWordsPassThroughUnchangedWhenNoRuleApplies() {
        #expect(TextTokenizer.terms(in: "forgive listen") == ["forgive", "listen"])
    }
}
