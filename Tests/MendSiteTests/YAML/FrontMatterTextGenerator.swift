/// Random front-matter texts put together from pieces: the keys and values real pages have,
/// every kind of scalar YAML resolves (bools, nulls, ints, floats, dates), quoting and
/// escapes, flow and block lists, comments, blank lines and odd spacing; and, when `noisy`,
/// the things the fast path must leave to Yams (anchors, tags, block scalars, nested
/// mappings, continuation lines, tabs, control characters, broken syntax, duplicate keys).
struct FrontMatterTextGenerator {
    var random: SplitMix64
    let noisy: Bool

    init(seed: UInt64, noisy: Bool) {
        random = SplitMix64(seed: seed)
        self.noisy = noisy
    }

    mutating func text() -> String {
        var lines: [String] = []
        var usedKeys: [String] = []
        for _ in 0..<(1 + random.below(9)) {
            if chance(0.15) { lines.append(pick(Self.fillerLines)) }
            if noisy && chance(0.04) { lines.append(pick(Self.noiseLines)) }
            var key = chance(0.9) ? pick(Self.keys) : randomKey()
            if noisy && chance(0.05) { key = pick(Self.oddKeys) }
            if !usedKeys.isEmpty && chance(noisy ? 0.04 : 0.01) { key = pick(usedKeys) }  // a duplicate
            usedKeys.append(key)
            let separator = noisy && chance(0.03) ? pick([":", " :", ":\t", "  :"]) : ":"
            switch random.below(10) {
            case 0...5:
                lines.append(key + separator + pick(Self.spacing) + scalar() + trailer())
            case 6, 7:
                lines.append(key + separator + pick(Self.spacing) + flowList() + trailer())
            default:
                lines.append(key + separator + (chance(0.3) ? pick(["", " ", "  "]) : pick(Self.comments)))
                lines += blockList()
            }
        }
        if chance(0.1) { lines.append(pick(Self.fillerLines)) }
        var text = lines.joined(separator: "\n")
        if chance(0.3) { text += "\n" }
        if noisy && chance(0.03) { text = pick(["", "\n", "# only a comment", "   ", "[a, b]", "- a\n- b", "plain"]) }
        return text
    }

    // MARK: - Pieces

    mutating func scalar() -> String {
        switch random.below(10) {
        case 0...4: return pick(Self.plainValues) + (chance(0.1) ? pick(Self.spacing) : "")
        case 5: return pick(Self.singleQuoted)
        case 6, 7: return pick(Self.doubleQuoted)
        case 8: return "\"" + pick(Self.plainValues) + "\""
        default: return noisy ? pick(Self.oddValues) : pick(Self.plainValues)
        }
    }

    mutating func flowList() -> String {
        if noisy && chance(0.1) { return pick(Self.oddFlowLists) }
        let count = random.below(5)
        let items = (0..<count).map { _ in
            chance(0.7) ? pick(Self.flowWords) : (chance(0.5) ? pick(Self.singleQuoted) : pick(Self.doubleQuoted))
        }
        let comma = pick([", ", ",", " , ", ",  "])
        let (open, close) = pick([("[", "]"), ("[ ", " ]"), ("[", " ]"), ("[  ", "]")])
        return count == 0 ? pick(["[]", "[ ]"]) : open + items.joined(separator: comma) + close
    }

    mutating func blockList() -> [String] {
        let indent = pick(["", "  ", "  ", "    ", " "])
        var lines: [String] = []
        for _ in 0..<random.below(5) {
            if chance(0.1) { lines.append(pick(Self.fillerLines)) }
            let itemIndent = noisy && chance(0.05) ? pick(["", " ", "   ", "      "]) : indent
            let dash = noisy && chance(0.05) ? pick(["-", "-\t", "- - ", "-- "]) : pick(["- ", "- ", "-  "])
            let item = chance(0.8) ? scalar() : (noisy ? pick(Self.oddItems) : pick(Self.flowWords))
            lines.append(itemIndent + dash + item + trailer())
        }
        return lines
    }

    mutating func trailer() -> String {
        chance(0.75) ? "" : pick(["", " ", "   ", " # a comment", "  #c", " #", noisy ? "#tight" : " # ok: [x]"])
    }

    mutating func randomKey() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
        let first = Array("abcxyzABC019_")
        return String(pick(first)) + String((0..<random.below(12)).map { _ in pick(alphabet) })
    }

    mutating func chance(_ probability: Double) -> Bool { random.unit() < probability }

    mutating func pick<T>(_ choices: [T]) -> T { choices[random.below(choices.count)] }

    // MARK: - Tables

    static let keys = ["title", "summary", "date", "updated", "tags", "draft", "step", "weight", "slug",
                       "content_note", "comments", "x", "a_b", "a-b", "a.b", "1", "2024", "true", "null", "yes",
                       "_id", "name", "message", "status", "Title", "k9"]
    static let oddKeys = ["-k", "k k", "?k", "\"q\"", "'q'", "k#", "[k]", "{k}", "é", "&a k", "!t k", "<<",
                          String(repeating: "k", count: 130), "~", "*x", "k:v", "? a", "---", "...", "%k"]
    static let spacing = [" ", " ", " ", "  ", "   "]
    static let comments = [" # c", "  # a comment: with [brackets]", " #"]
    static let plainValues = [
        "true", "false", "yes", "no", "on", "off", "True", "TRUE", "Yes", "NO", "y", "n", "~", "null", "Null",
        "NULL", "nULL", "0", "1", "-1", "+1", "007", "08", "0x10", "0xFF", "0o17", "0b101", "1_000", "1e3",
        "1.5", ".5", "-.5", "1.", ".inf", "-.Inf", ".NaN", "12:30", "1:20:30", "2024-05-01", "2024-5-1",
        "2024-05-01T09:30:00Z", "2024-05-01 09:30:00 +02:00", "2024-05-01t09:30:00.5-05", "<<", "=",
        "hello world", "a", "b c", "Take Responsibility", "Own what happened.", "with: colon", "a:b",
        "https://example.org/a?b=c#d", "a#b", "c++", "c#", "café", "日本語 テキスト", "emoji 😀 ok",
        "e\u{301}", "a, b, c", "-5", "-a", "--", "---", "...x", "?a", ":a", "a?", "a!", "a*", "a&b",
        "a|b", "a>b", "50%", "x@y", "a `b`", "\u{A0}x", "x\u{A0}", "a  b", "it's", "say \"hi\"",
        "back\\slash", "open", "closed", "-", "a]", "a}", "a,", "a[b]", "a{b}", "10:61", "0:30",
    ]
    static let singleQuoted = ["'a'", "''", "'it''s'", "'a: b'", "'a #b'", "'  spaced  '", "'x \"y\" z'",
                               "'é'", "'true'", "'1'", "'~'", "''''", "'a\\nb'", "'[a, b]'"]
    static let doubleQuoted = [
        "\"a\"", "\"\"", "\"a\\\"b\"", "\"a\\\\b\"", "\"\\n\"", "\"\\t\"", "\"\\u00e9\"", "\"\\x41\"",
        "\"\\U0001F600\"", "\"\\_\"", "\"\\N\"", "\"\\L\"", "\"\\P\"", "\"\\0\"", "\"\\ \"", "\"\\/\"",
        "\"\\e\"", "\"\\uFEFF\"", "\"\\a\\b\\f\\v\\r\"", "\"Focus on the Positive\"", "\"a: b # c\"",
        "\"true\"", "\"1\"", "\"null\"", "\"é\"", "\"\\u0041\\u0301\"", "\"x\\x7Fy\"", "\"'q'\"",
        "\"\\U0010FFFF\"", "\"\\u00A0\"", "\"\\x85\"",
    ]
    static let oddValues = [
        "a: b", "a:", "%x", "@x", "`x`", "&a x", "*a", "!tag x", "!!str x", "!!int 3", "|", ">", "|-\n  block",
        ">\n  folded", "{a: b}", "{}", "[a", ",a", "- a", "? a", ": a", "\u{85}x", "x\u{2028}y", "\u{FEFF}x",
        "a\tb", "a\rb", "a\u{1}b", "a\u{7F}b", "x\u{9F}", "'unterminated", "\"unterminated", "\"\\q\"",
        "\"\\uD800\"", "\"\\U00110000\"", "\"\\x4\"", "\"trailing\\\"", "'a' b", "\"a\" b", "\"a\": b",
        "'a':", "\"\\\n\"", "multi\n  line", "x\n  - y", "a #", "&anchor value", "*alias", "!!binary aGk=",
        "\"\\u{41}\"", "\"\\xZZ\"", "\"a\"#c", "'a'#c", "x\n\ty", "[a]: b", "{a: [b]}", "a\n---\nb: c",
    ]
    static let flowWords = ["a", "b c", "accountability", "healing", "c#", "c++", "1", "true", "~", "null",
                            "-1", "-a", "é", "日本", "x y z", "2024-05-01", "0x10", "a#b", "a'b", "a\"b", "a?b",
                            "a!", "a*b", "a&b", "a|b", "a>b", "50%", "😀", "a😀b", "e\u{301}"]
    static let oddFlowLists = ["[a, ]", "[a,,b]", "[a, [b]]", "[a: b]", "[a, b", "[a #c]", "[x] y", "[,]",
                               "[a, {b: c}]", "[?a]", "[:a]", "[-]", "[- a]", "[a,b]]", "[\"a\": b]", "['a'b]",
                               "[a\n, b]", "[a,\n  b]", "[a:b]", "[http://x]", "[a]#c", "[&x a]", "[*x]",
                               "[!t a]", "[a, 'b]", "[a]]", "[[a]]", "[{a}]", "[a}", "[a{]", "[ - 1 ]"]
    static let oddItems = ["[a]", "a: b", "- a", "", "# c", "{a: b}", "&x a", "*x", "|", "a\n    b"]
    static let fillerLines = ["", "# a comment", "  # indented comment", "   ", "#", "#: not a key"]
    static let noiseLines = ["  continued", "---", "...", "%YAML 1.2", "? complex", "\t# tab", "  - stray",
                             ": value", "&a", "x: &a 1", "y: *a", "- top", "key\u{85}: v", "\u{FEFF}k: v"]
}
