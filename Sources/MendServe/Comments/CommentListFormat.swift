import MendSite

/// `mend comments list`'s lines: one per comment, in aligned columns — id, status, date,
/// page, name and the start of the message, then, for a comment whose name or message holds
/// an email address or a phone number, `[contains an email address]` (see ``PersonalData``),
/// so the moderator sees it before approving. Text from comments is made safe for a
/// terminal: line breaks and tabs become spaces, control and bidi-override characters
/// are dropped, so a hostile comment cannot rewrite the moderator's screen.
public enum CommentListFormat {
    /// How many characters of the message a line shows.
    public static let excerptLength = 60

    /// The lines for `comments`, in the order given.
    /// - Parameters:
    ///   - comments: Sorted as they should print.
    ///   - verbose: Add a line under each with the file, the email, the website and the parent.
    public static func lines(_ comments: [Comment], verbose: Bool = false) -> [String] {
        let idWidth = comments.map { terminalSafe($0.id).count }.max() ?? 0
        let pageWidth = comments.map { terminalSafe($0.pagePath).count }.max() ?? 0
        let dateWidth = comments.map(\.date.iso.count).max() ?? 0
        return comments.flatMap { comment -> [String] in
            let columns = [
                padded(terminalSafe(comment.id), idWidth), padded(comment.status.rawValue, 8),
                padded(comment.date.iso, dateWidth), padded(terminalSafe(comment.pagePath), pageWidth),
                terminalSafe(comment.name), excerpt(comment.message),
            ]
            let marks = comment.personalData.map(\.label)
            let line = (columns + (marks.isEmpty ? [] : ["[\(marks.joined(separator: "; "))]"])).joined(separator: "  ")
            guard verbose else { return [line] }
            let details = [("file", comment.path), ("email", comment.email), ("url", comment.url), ("parent", comment.parent)]
                .compactMap { key, value in value.map { "\(key): \(terminalSafe($0))" } }
            return [line, "    " + details.joined(separator: "  ")]
        }
    }

    /// The message on one line, cut after ``excerptLength`` characters (`…` marks the cut).
    public static func excerpt(_ message: String) -> String {
        let line = terminalSafe(message)
        return line.count <= excerptLength ? line : String(line.prefix(excerptLength)) + "…"
    }

    /// One line of printable text: whitespace runs become one space; controls and bidi overrides go.
    public static func terminalSafe(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                pendingSpace = !result.isEmpty
                continue
            }
            if bidiControls.contains(scalar.value) { continue }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }
}

private extension CommentListFormat {
    /// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and the marks.
    static let bidiControls: Set<UInt32> = [0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                            0x2066, 0x2067, 0x2068, 0x2069]

    static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
