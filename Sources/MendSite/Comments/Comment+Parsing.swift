import Yams

public extension Comment {
    /// The keys a comment file understands; Staticman's `_id`, `_parent` and `replying_to` too.
    static let knownKeys = ["id", "_id", "parent", "_parent", "replying_to", "name", "email", "url", "date",
                            "message", "status"]

    /// Reads one comment file.
    ///
    /// A file that has errors but says, readably, `status: pending` or `status: spam` gets
    /// warnings instead (see ``DeclaredStatus``): a comment nobody approved never stops a build.
    /// - Parameters:
    ///   - text: The YAML.
    ///   - path: `content/comments/<page path>/<id>.yml`.
    ///   - strict: Keep errors errors whatever the status (to check a new file before writing it).
    /// - Returns: The comment, or `nil` when it has problems (errors, or for a pending or spam
    ///   comment, warnings); and the diagnostics.
    static func parse(_ text: String, path: String, strict: Bool = false) -> (Comment?, [Diagnostic]) {
        let (comment, diagnostics) = parseStrictly(text, path: path)
        return strict ? (comment, diagnostics) : (comment, downgraded(diagnostics, text: text))
    }

    /// The diagnostics of a file that says it is pending or spam as warnings about an unapproved
    /// comment (errors saying it is left out); anyone else's unchanged.
    /// - Parameters:
    ///   - diagnostics: The file's problems.
    ///   - text: The file, for its status (``DeclaredStatus/read(from:)``).
    static func downgraded(_ diagnostics: [Diagnostic], text: String) -> [Diagnostic] {
        guard !diagnostics.isEmpty, case .declared(let status) = DeclaredStatus.read(from: text), status != .approved
        else { return diagnostics }
        return diagnostics.map {
            .unapprovedCommentWarning(at: $0.location, $0.severity == .warning ? $0.message
                : "\($0.message) (the comment is \(status.rawValue), so it is left out of the site)")
        }
    }
}

private extension Comment {
    static func parseStrictly(_ text: String, path: String) -> (Comment?, [Diagnostic]) {
        let document = YAMLDocument(text: text, path: path)
        var reader = YAMLFieldReader(document)
        var fields: [String: (String, Node)] = [:]
        for (key, location, value) in document.entries {
            guard knownKeys.contains(key) else {
                reader.warnUnknown(key, at: location, known: knownKeys, in: "comment")
                continue
            }
            if let text = reader.string(value, key: key) { fields[canonical(key)] = (text.trimmed, value) }
        }
        var diagnostics = document.diagnostics + reader.diagnostics
        guard document.diagnostics.isEmpty else { return (nil, diagnostics) }
        let fileStart = SourceLocation(path: path, line: 1, column: 1)
        for key in ["name", "date", "message"] where (fields[key]?.0 ?? "").isEmpty {
            diagnostics.append(.error(at: fileStart, "the comment has no '\(key)': add `\(key): …`"))
        }
        for (key, limit) in limits.sorted(by: { $0.key < $1.key }) {
            if let (value, node) = fields[key], value.utf8.count > limit || (key != "message" && value.count > limit) {
                diagnostics.append(.error(at: document.location(of: node),
                    "'\(key)' is longer than \(limit) \(key == "message" ? "bytes" : "characters"): shorten it"))
            }
        }
        let date = fields["date"].flatMap { ContentDate($0.0) }
        if let (text, node) = fields["date"], !text.isEmpty, date == nil {
            diagnostics.append(.error(at: document.location(of: node),
                "'date' is not a date: write it as 2024-05-01T09:30:00Z (ISO 8601)"))
        }
        let stem = String(path.split(separator: "/").last!.split(separator: ".").first!)
        let id = fields["id"]?.0.nonEmpty ?? stem
        if !isValidID(id) {
            let location = fields["id"].map { document.location(of: $0.1) } ?? fileStart
            diagnostics.append(.error(at: location,
                "the comment id '\(id)' may only use letters, digits, '-' and '_' (at most 100): it becomes the anchor #comment-\(id)"))
        }
        let url = checkedURL(fields["url"], document: document, diagnostics: &diagnostics)
        let status = checkedStatus(fields["status"], document: document, diagnostics: &diagnostics)
        guard !diagnostics.contains(where: { $0.severity == .error }), let date else { return (nil, diagnostics) }
        let comment = Comment(
            id: id, parent: fields["parent"]?.0.nonEmpty,
            name: fields["name"]!.0, email: fields["email"]?.0.nonEmpty, url: url, date: date,
            message: fields["message"]!.0, status: status, pagePath: pagePath(of: path), path: path,
            parentLocation: fields["parent"].map { document.location(of: $0.1) })
        return (comment, diagnostics)
    }
}

public extension Comment {
    /// Whether a commenter's website may be published: `http://` or `https://` (any case), with
    /// something after it, and no blanks, quotes or angle brackets.
    static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && text.count > 8
            && !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    /// Letters, digits, `-` and `_`: safe in an anchor, a file name and an element id.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 100 && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }

    /// `content/comments/guides/x/abc.yml` -> `guides/x`.
    static func pagePath(of path: String) -> String {
        path.split(separator: "/").dropFirst(2).dropLast().joined(separator: "/")
    }
}

extension Comment {
    /// Staticman's names as Mend's: `_id` -> `id`; `_parent`, `replying_to` -> `parent`.
    static func canonical(_ key: String) -> String {
        switch key {
        case "_id": return "id"
        case "_parent", "replying_to": return "parent"
        default: return key
        }
    }
}

private extension Comment {

    static func checkedURL(_ field: (String, Node)?, document: YAMLDocument, diagnostics: inout [Diagnostic]) -> String? {
        guard let (text, node) = field, !text.isEmpty else { return nil }
        guard isWebAddress(text) else {
            // A warning, not an error: one hostile comment must not stop the whole site's build.
            diagnostics.append(.warning(at: document.location(of: node),
                "'url' is not an http or https address and is left out: write it as https://example.org/"))
            return nil
        }
        return text
    }

    static func checkedStatus(_ field: (String, Node)?, document: YAMLDocument, diagnostics: inout [Diagnostic]) -> Status {
        guard let (text, node) = field, !text.isEmpty else { return .approved }
        guard let status = Status(rawValue: text.lowercased()) else {
            diagnostics.append(.error(at: document.location(of: node), "'status' should be approved, pending or spam"))
            return .pending
        }
        return status
    }
}
