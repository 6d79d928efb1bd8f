@testable import MendSite
import Testing

@Suite("Similar posts: stemmer")
struct LightStemmerTests {
    private func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        LightStemmer.stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [
        ("relationships", "relationship"), ("caresses", "caress"), ("ponies", "poni"), ("cats", "cat"),
        ("focus", "focus"), ("crisis", "crisis"), ("boss", "boss"),
    ])
    func plurals(word: String, expected: String) {
        #expect(stem(word) == expected)
    }

    @Test(arguments: [
        ("trusting", "trust"), ("trusted", "trust"), ("agreed", "agree"), ("feed", "feed"),
        ("hopping", "hop"), ("hoping", "hope"), ("related", "relate"), ("falling", "fall"),
        ("sing", "sing"), ("bring", "bring"), ("feelings", "feel"),
    ])
    func pastAndGerund(word: String, expected: String) {
        #expect(stem(word) == expected)
    }

    @Test func finalYAfterAVowelBecomesI() {
        #expect(stem("apology") == "apologi")
        #expect(stem("apologies") == "apologi")
        #expect(stem("happy") == "happi")
        #expect(stem("sky") == "sky")
    }

    @Test func neverLeavesFewerThanThreeLetters() {
        #expect(stem("ties") == "ties")
        #expect(stem("bed") == "bed")
        #expect(stem("using") == "using")
    }
}
