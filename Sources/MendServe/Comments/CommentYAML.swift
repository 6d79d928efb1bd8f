import MendSite

/// Writes a new comment file's YAML so that every value reads back exactly as given,
/// whatever it holds: colons, quotes, `#`, `---`, newlines, control characters, emoji.
///
/// Short fields are double-quoted with escapes. The message is a literal block scalar
/// (`|-`), readable in an editor, unless it holds a character a block scalar cannot
/// carry; then it is double-quoted too.
enum CommentYAML {
    /// One `key: value` line per field, in the order given, then the status and the message.
    /// - Parameters:
    ///   - fields: Keys and values; `nil` values are left out.
    ///   - status: Written plain (`status: pending`), as moderators edit it.
    ///   - message: The comment's Markdown, already trimmed.
    /// - Returns: The file's text, ending with a newline.
    static func document(fields: [(key: String, value: String?)], status: Comment.Status, message: String) -> String {
        var text = ""
        for (key, value) in fields {
            if let value { text += "\(key): \(quoted(value))\n" }
        }
        return text + "status: \(status.rawValue)\nmessage: " + block(message) + "\n"
    }

    /// `value` as a double-quoted YAML scalar.
    static func quoted(_ value: String) -> String {
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
}

private extension CommentYAML {
    /// A literal block scalar, each line indented by two spaces; empty lines stay empty.
    static func block(_ message: String) -> String {
        let first = message.unicodeScalars.first
        guard let first, first != " ", first != "\t",
              !message.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && needsEscape($0) })
        else { return quoted(message) }
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        return "|-\n" + lines.map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }

    /// Characters outside YAML's printable set, and the ones libyaml takes as line breaks
    /// (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR) or as a byte order mark.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
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
