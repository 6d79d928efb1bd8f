import Testing
@testable import MendSite

/// JSON strings are escaped for a `<script>` element, and the fast writer agrees with the
/// scalar-by-scalar rule on generated texts.
@Suite("JSON strings")
struct JSONStringTests {
    @Test func escapesWhatAScriptElementAndJavaScriptNeed() {
        #expect(JSON.string("a\"b\\c\n\r\t</script>&\u{2028}\u{2029}\u{1}é€😀").serialized()
                == "\"a\\\"b\\\\c\\n\\r\\t\\u003c/script\\u003e\\u0026\\u2028\\u2029\\u0001é€😀\"")
    }

    @Test func agreesWithTheScalarRuleOnGeneratedTexts() {
        let pieces: [String] = ["a", "\"", "\\", "\n", "\r", "\t", "<", ">", "&", "\u{2028}", "\u{2029}", "\u{1F}", "\u{0}",
                                "é", "€", "😀", "\u{2027}", "\u{202A}", "\u{E280}", " "]
        var state: UInt64 = 7
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<(Int(state % 9)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            #expect(JSON.string(text).serialized() == reference(text), "\(text.debugDescription)")
        }
    }

    private func reference(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}", "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
