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

    /// Words as the rules say, one scalar at a time: what ``TextTokenizer/forEachWord(in:_:)``
    /// must give, however it gets there.
    private static func referenceWords(_ text: String) -> [String] {
        var words: [String] = [], word = "", pendingApostrophe = false
        func finish() {
            if !word.isEmpty { words.append(word) }
            word = ""
            pendingApostrophe = false
        }
        func append(_ scalars: String) {
            if pendingApostrophe { word += "'" }
            pendingApostrophe = false
            word += scalars
        }
        for scalar in text.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}" {
                if word.isEmpty || pendingApostrophe { finish() } else { pendingApostrophe = true }
                continue
            }
            let properties = scalar.properties
            if properties.isAlphabetic {
                append(properties.lowercaseMapping)
            } else if [.decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory) {
                append(String(scalar))
            } else {
                finish()
            }
        }
        finish()
        return words
    }

    @Test func randomTextSplitsAsTheRulesSay() {
        let pieces = ["trust", "a", "b9", "42", "Honest", "OPEN", "'", "\u{2019}", "\u{02BC}", " ", "  ", ",", ".", "-", "\n",
                      "é", "É", "ß", "д", "Д", "e\u{301}", "\u{301}", "日本", "٣", "!", "(", "x", "Z", "_", "\u{00A0}"]
        var random = SplitMix64(seed: 17)
        for _ in 0..<2_000 {
            let text = (0..<(1 + random.below(24))).map { _ in pieces[random.below(pieces.count)] }.joined()
            var words: [[UInt8]] = []
            TextTokenizer.forEachWord(in: text) { words.append(Array($0)) }
            // Compared byte for byte: String equality would take "é" for "e\u{301}".
            #expect(words == Self.referenceWords(text).map { Array($0.utf8) }, "\(text.debugDescription)")
        }
    }
}
