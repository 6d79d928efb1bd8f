import Testing
@testable import MendSite

@Suite("Trimming")
struct TrimmingTests {
    /// The same scalars as rebuilding the view scalar by scalar, on texts with every kind of
    /// white space at both ends, combining marks right after it, and none at all.
    @Test func keepsExactlyTheScalarsBetweenTheWhiteSpace() {
        let pieces = [" ", "\t", "\n", "\r\n", "\u{A0}", "\u{2028}", "\u{3000}", "\u{85}", "a", "é", "e\u{301}",
                      "\u{301}", "😀", "日本", "x y", "", "\u{200B}", "\u{FEFF}"]
        var random = SplitMix64(seed: 7)
        for _ in 0..<5_000 {
            let text = (0..<random.below(7)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let scalars = text.unicodeScalars
            let expected: String
            if let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) {
                let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
                expected = String(String.UnicodeScalarView(scalars[first...last]))
            } else {
                expected = ""
            }
            #expect(Array(text.trimmed.utf8) == Array(expected.utf8), "\(text.debugDescription)")
            #expect(Array(text[...].trimmed.utf8) == Array(expected.utf8))
        }
    }
}
