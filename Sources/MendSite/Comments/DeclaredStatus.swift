import Yams

/// What a comment file says its status is, read even when the rest of the file is broken,
/// so that a problem in a comment nobody approved never stops a build.
///
/// The rule: a file whose status reads as `pending` or `spam` is not going to be published,
/// so its problems are warnings and it is left out. A file with no status is approved (the
/// default, as Staticman's moderation publishes by merging), and a file whose status cannot be
/// read might be meant for publication too: for both, problems stay errors — a comment that
/// may have been approved is never dropped silently.
public enum DeclaredStatus: Sendable, Hashable {
    /// No `status:` (or an empty one): the comment counts as approved.
    case missing
    /// `status: approved`, `pending` or `spam` (any case, quoted or not).
    case declared(Comment.Status)
    /// A `status:` that is none of those (`maybe`, a list), or several that disagree.
    case unreadable

    /// Whether the file says, readably, that it is not to be published (pending or spam).
    public var isUnpublished: Bool {
        self == .declared(.pending) || self == .declared(.spam)
    }

    /// Reads the status of a comment file's text.
    ///
    /// When the YAML parses, the top-level `status` key decides. When it does not, the
    /// unindented `status:` lines do (a block scalar's lines are indented, so a message
    /// holding "status: spam" does not count): one readable value, or several that agree.
    public static func read(from text: String) -> DeclaredStatus {
        let document = YAMLDocument(text: text, path: "")
        guard document.diagnostics.isEmpty else { return readLines(of: text) }
        guard let node = document.entries.first(where: { $0.key == "status" })?.value,
              !YAMLFieldReader.isNull(node) else { return .missing }
        guard case .scalar(let scalar) = node else { return .unreadable }
        return status(scalar.string)
    }
}

private extension DeclaredStatus {
    static func status(_ text: String) -> DeclaredStatus {
        let value = text.trimmed.lowercased()
        if value.isEmpty { return .missing }
        return Comment.Status(rawValue: value).map(DeclaredStatus.declared) ?? .unreadable
    }

    static func readLines(of text: String) -> DeclaredStatus {
        // A byte order mark would hide a status on the first line.
        let values = YAMLDocument.withoutByteOrderMark(text)
            .split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .compactMap(statusValue)
        let readings = Set(values.map { status($0) }.filter { $0 != .missing })
        guard let first = readings.first else { return .missing }
        return readings.count == 1 ? first : .unreadable
    }
}

extension DeclaredStatus {
    /// The value of an unindented `status: value  # comment` line, unquoted; `nil` for other lines.
    static func statusValue(_ line: Substring) -> String? {
        var rest = Substring(line.hasSuffix("\r") ? line.dropLast() : line)
        guard let key = ["status", "\"status\"", "'status'"].first(where: { rest.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst()
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        let value = rest.trimmed
        if let quote = value.first, quote == "\"" || quote == "'" {
            let inner = value.dropFirst()
            guard let close = inner.firstIndex(of: quote) else { return value }
            return String(inner[..<close])
        }
        // A YAML comment starts at a `#` after a blank.
        let characters = Array(value)
        let hash = characters.indices.first { characters[$0] == "#" && $0 > 0 && characters[$0 - 1].isWhitespace }
        return hash.map { String(characters[..<$0]).trimmed } ?? value
    }
}
