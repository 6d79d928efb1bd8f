import Yams

/// One-line scalars as libyaml scans them: each returns the node and the index just after
/// it, or `nil` for whatever it does not handle (Yams then reads the whole text).
extension FastMappingScanner {
    /// A plain scalar in a block: it ends at ` #` or the line's end, without trailing spaces;
    /// a `: ` (or a `:` at the end) in it would make it a key, so it is left to Yams.
    func blockPlainScalar(at start: Int) -> (node: Node, end: Int)? {
        guard startsPlainScalar(at: start, inFlow: false) else { return nil }
        var last = start
        var i = start
        while i < lineEnd {
            let byte = bytes[i]
            if byte == .space {
                if i + 1 < lineEnd && bytes[i + 1] == .hash { break }
            } else {
                if byte == .colon && (i + 1 == lineEnd || bytes[i + 1] == .space) { return nil }
                last = i + 1
            }
            i += 1
        }
        guard let mark = mark(at: start) else { return nil }
        return (plainScalar(text(start..<last), mark: mark), last)
    }

    /// A plain scalar in `[…]`: it ends at `,` or `]`; one with `:`, `[`, `{`, `}` or a
    /// comment in it is left to Yams.
    func flowPlainScalar(at start: Int) -> (node: Node, end: Int)? {
        guard startsPlainScalar(at: start, inFlow: true) else { return nil }
        var last = start
        var i = start
        while i < lineEnd {
            let byte = bytes[i]
            if byte == .comma || byte == .closeBracket { break }
            if byte == .space {
                if i + 1 < lineEnd && bytes[i + 1] == .hash { return nil }
            } else {
                if byte == .colon || byte == .openBracket || byte == .openBrace || byte == .closeBrace { return nil }
                last = i + 1
            }
            i += 1
        }
        guard i < lineEnd, let mark = mark(at: start) else { return nil }
        return (plainScalar(text(start..<last), mark: mark), last)
    }

    /// libyaml's rule for the first character of a plain scalar: no indicator, but `-`
    /// (and, in a block, `?` and `:`) followed by something other than a space. In `[…]`
    /// only `-` before a letter or digit is taken.
    private func startsPlainScalar(at start: Int, inFlow: Bool) -> Bool {
        let byte = bytes[start]
        guard byte.isIndicator else { return true }
        guard start + 1 < lineEnd else { return false }
        let next = bytes[start + 1]
        switch byte {
        case .dash: return inFlow ? next.isASCIIAlphanumeric : next != .space
        case .question, .colon: return !inFlow && next != .space
        default: return false
        }
    }

    /// `'…'` or `"…"`, closed on its line.
    func quotedScalar(at start: Int) -> (node: Node, end: Int)? {
        let quote = bytes[start]
        var decoded: [UInt8] = []
        var runStart = start + 1
        var i = start + 1
        while true {
            guard i < lineEnd else { return nil }  // goes on past the line: folded, so Yams
            let byte = bytes[i]
            if byte == quote {
                if quote == .singleQuote && i + 1 < lineEnd && bytes[i + 1] == .singleQuote {
                    decoded.append(contentsOf: bytes[runStart...i])
                    i += 2
                    runStart = i
                    continue
                }
                break
            }
            if byte == .backslash && quote == .doubleQuote {
                decoded.append(contentsOf: bytes[runStart..<i])
                guard let next = escape(at: i, into: &decoded) else { return nil }
                i = next
                runStart = i
                continue
            }
            i += 1
        }
        let string: String
        if decoded.isEmpty && runStart == start + 1 {
            string = text(runStart..<i)
        } else {
            decoded.append(contentsOf: bytes[runStart..<i])
            string = String(decoding: decoded, as: UTF8.self)
        }
        guard let mark = mark(at: start) else { return nil }
        let style: Node.Scalar.Style = quote == .singleQuote ? .singleQuoted : .doubleQuoted
        return (.scalar(.init(string, Tag(.str, .default, constructor), style, mark)), i + 1)
    }

    /// Decodes the escape at the `\` at `index` as libyaml does; returns the index after it.
    private func escape(at index: Int, into decoded: inout [UInt8]) -> Int? {
        guard index + 1 < lineEnd else { return nil }  // an escaped line break
        let simple: [UInt8]
        switch bytes[index + 1] {
        case UInt8(ascii: "0"): simple = [0x00]
        case UInt8(ascii: "a"): simple = [0x07]
        case UInt8(ascii: "b"): simple = [0x08]
        case UInt8(ascii: "t"): simple = [0x09]
        case UInt8(ascii: "n"): simple = [0x0A]
        case UInt8(ascii: "v"): simple = [0x0B]
        case UInt8(ascii: "f"): simple = [0x0C]
        case UInt8(ascii: "r"): simple = [0x0D]
        case UInt8(ascii: "e"): simple = [0x1B]
        case .space, .doubleQuote, .slash, .backslash: simple = [bytes[index + 1]]
        case UInt8(ascii: "N"): simple = [0xC2, 0x85]
        case UInt8(ascii: "_"): simple = [0xC2, 0xA0]
        case UInt8(ascii: "L"): simple = [0xE2, 0x80, 0xA8]
        case UInt8(ascii: "P"): simple = [0xE2, 0x80, 0xA9]
        case UInt8(ascii: "x"): return hexEscape(at: index, digits: 2, into: &decoded)
        case UInt8(ascii: "u"): return hexEscape(at: index, digits: 4, into: &decoded)
        case UInt8(ascii: "U"): return hexEscape(at: index, digits: 8, into: &decoded)
        default: return nil  // libyaml's "found unknown escape character"
        }
        decoded.append(contentsOf: simple)
        return index + 2
    }

    /// `\xXX`, `\uXXXX`, `\UXXXXXXXX`: a code point, not a surrogate, at most U+10FFFF.
    private func hexEscape(at index: Int, digits: Int, into decoded: inout [UInt8]) -> Int? {
        let first = index + 2
        guard first + digits <= lineEnd else { return nil }
        var value: UInt32 = 0
        for i in first..<(first + digits) {
            guard let digit = bytes[i].hexDigitValue else { return nil }
            value = value << 4 | digit
        }
        // U+FEFF too: Yams makes its strings with Foundation, which drops a leading BOM.
        guard let scalar = Unicode.Scalar(value), scalar != "\u{FEFF}" else { return nil }
        decoded.append(contentsOf: String(scalar).utf8)
        return first + digits
    }

    /// A plain scalar node as Yams makes it: implicit tag (resolved when read), plain style.
    func plainScalar(_ string: String, mark: Mark) -> Node {
        .scalar(.init(string, Tag(.implicit, .default, constructor), .plain, mark))
    }

    /// The text of some of the bytes.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// libyaml's mark for the byte at `index` of the current line: columns count Unicode scalars.
    func mark(at index: Int) -> Mark? {
        var column = 1
        for i in lineStart..<index where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return Mark(fastLine: line, column: column)
    }
}

extension Mark {
    /// Yams keeps `Mark`'s initialiser internal. A `Mark` is its two `Int`s, line then column;
    /// the value is read back, so a different layout gives `nil` (and Yams reads the text).
    init?(fastLine line: Int, column: Int) {
        guard MemoryLayout<Mark>.size == MemoryLayout<(Int, Int)>.size else { return nil }
        let mark = unsafeBitCast((line, column), to: Mark.self)
        guard mark.line == line && mark.column == column else { return nil }
        self = mark
    }
}

extension UInt8 {
    static let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), hash = UInt8(ascii: "#")
    static let dash = UInt8(ascii: "-"), colon = UInt8(ascii: ":"), question = UInt8(ascii: "?")
    static let comma = UInt8(ascii: ","), openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    static let singleQuote = UInt8(ascii: "'"), doubleQuote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\"), slash = UInt8(ascii: "/")

    /// The characters that cannot start a plain scalar (libyaml's list).
    var isIndicator: Bool {
        switch self {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: " "):
            return true
        default:
            return false
        }
    }

    var isASCIIAlphanumeric: Bool {
        (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
    }

    /// A key's first byte: a letter, a digit or `_`.
    var isKeyStart: Bool { isASCIIAlphanumeric || self == UInt8(ascii: "_") }

    /// A key's other bytes: also `-` and `.`.
    var isKeyByte: Bool { isKeyStart || self == .dash || self == UInt8(ascii: ".") }

    var hexDigitValue: UInt32? {
        switch self {
        case 0x30...0x39: return UInt32(self - 0x30)
        case 0x41...0x46: return UInt32(self - 0x41 + 10)
        case 0x61...0x66: return UInt32(self - 0x61 + 10)
        default: return nil
        }
    }
}
