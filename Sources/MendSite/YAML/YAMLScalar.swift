/// Writing YAML values that read back exactly: the comment files `mend comments add`
/// writes and the front matter `mend new` writes.
public enum YAMLScalar {
    /// `value` as a double-quoted YAML scalar, every character outside YAML's printable set escaped.
    public static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\0": result += "\\0"
            default: result += needsEscape(scalar) ? escaped(scalar) : String(scalar)
            }
        }
        return result + "\""
    }

    /// Characters outside YAML's printable set, and the ones libyaml takes as line breaks
    /// (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR) or as a byte order mark.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: return false
        case 0x85, 0x2028, 0x2029, 0xFEFF: return true
        case 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return false
        default: return true
        }
    }

    static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x85: return "\\N"
        case 0x2028: return "\\L"
        case 0x2029: return "\\P"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return scalar.value <= 0xFFFF
                ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                : "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
        }
    }
}
