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

    /// The eight-bytes-at-a-time scan: words of every length up to and past eight, at every
    /// distance from the text's end, each handed over with its first eight bytes as the prefix.
    @Test func wordsFoundEightBytesAtATimeCarryTheirPrefix() {
        let pieces = ["a", "trust", "abcdefg", "abcdefgh", "abcdefghi", "trustworthiness", "x9", "2024", " ", ", ", "\n",
                      "-", "'", "’", "A", "Trust", "é", "日本", ".", "_", "~", "{", "`", "@", "[", "/", ":"]
        var random = SplitMix64(seed: 29)
        for _ in 0..<3_000 {
            let text = (0..<(1 + random.below(30))).map { _ in pieces[random.below(pieces.count)] }.joined()
            var words: [[UInt8]] = [], prefixes: [UInt64] = []
            TextTokenizer.forEachPrefixedWord(in: text) { word, prefix in
                words.append(Array(word))
                prefixes.append(prefix)
            }
            let expected = Self.referenceWords(text).map { Array($0.utf8) }
            #expect(words == expected, "\(text.debugDescription)")
            let expectedPrefixes = expected.map { word in
                word.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
            }
            #expect(prefixes == expectedPrefixes, "\(text.debugDescription)")
        }
    }

    /// Every byte value against the rule the eight-byte scan stands for.
    @Test func eightByteClassificationMatchesTheBytewiseRule() {
        for byte in 0...255 {
            for position in 0..<8 {
                // The other bytes are a word letter, so only `byte` can be outside.
                var bytes = [UInt8](repeating: UInt8(ascii: "m"), count: 8)
                bytes[position] = UInt8(byte)
                let chunk = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
                let isWordByte = (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                #expect(TextTokenizer.bytesOutsideWords(chunk) == (isWordByte ? 0 : UInt64(0x80) << UInt64(8 * position)),
                        "byte \(byte) at \(position)")
            }
        }
    }
}
