/// A JSON value with ordered keys, serialized deterministically and safely for a
/// `<script>` element: `<`, `>`, `&` and line separators are escaped.
indirect enum JSON: Sendable, Equatable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case array([JSON])
    case object([(String, JSON)])
    case null

    static func == (lhs: JSON, rhs: JSON) -> Bool { lhs.serialized() == rhs.serialized() }

    /// Compact JSON text.
    func serialized() -> String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .string(let text): Self.writeString(text, to: &output)
        case .number(let number): output += String(number)
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(key, to: &output)
                output += ":"
                value.write(to: &output)
            }
            output += "}"
        }
    }

    /// Writes `text` quoted and escaped, copying the runs that need no escape as they are.
    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index < utf8.endIndex {
            let byte = utf8[index]
            var escape: String?
            var width = 1
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case UInt8(ascii: "\n"): escape = "\\n"
            case UInt8(ascii: "\r"): escape = "\\r"
            case UInt8(ascii: "\t"): escape = "\\t"
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0x00...0x1F: escape = unicodeEscape(UInt32(byte))
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end lines in JavaScript.
                let next = utf8.index(after: index)
                if next < utf8.endIndex, utf8[next] == 0x80, utf8.index(after: next) < utf8.endIndex {
                    let last = utf8[utf8.index(after: next)]
                    if last == 0xA8 || last == 0xA9 { escape = unicodeEscape(last == 0xA8 ? 0x2028 : 0x2029); width = 3 }
                }
            default: break
            }
            if let escape {
                output += Substring(utf8[runStart..<index])
                output += escape
                index = utf8.index(index, offsetBy: width)
                runStart = index
            } else {
                index = utf8.index(after: index)
            }
        }
        output += Substring(utf8[runStart..<utf8.endIndex])
        output += "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
