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

    static func quoted(_ value: String) -> String { YAMLScalar.quoted(value) }
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

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool { YAMLScalar.needsEscape(scalar) }
}
