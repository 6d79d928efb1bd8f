import Yams

public extension FrontMatter {
    /// Splits a content file into its front matter and Markdown body.
    /// - Parameters:
    ///   - text: The whole file.
    ///   - path: Its path, for diagnostics.
    /// - Returns: The front matter (`nil` when it has errors), the body, the file line the
    ///   body starts on, and every diagnostic.
    static func parse(_ text: String, path: String) -> (FrontMatter?, body: String, bodyLine: Int, [Diagnostic]) {
        guard let split = FrontMatterSplit(text) else {
            let problem = text.hasPrefix("---")
                ? "front matter is not closed: add a line with just --- after it"
                : "the file needs front matter with at least a title: start it with ---, title: My page, ---"
            return (nil, text, 1, [.error(at: SourceLocation(path: path, line: 1, column: 1), problem)])
        }
        let document = YAMLDocument(text: split.yaml, path: path, lineOffset: 2, endsFile: false)
        var reader = YAMLFieldReader(document)
        var frontMatter = FrontMatter()
        for (key, location, value) in document.entries {
            frontMatter.locations[key] = document.location(of: value)
            frontMatter.read(key, value, at: location, reader: &reader)
        }
        var diagnostics = document.diagnostics + reader.diagnostics
        if let date = frontMatter.date, let updated = frontMatter.updated, updated < date,
           let location = frontMatter.locations["updated"] {
            diagnostics.append(.warning(at: location,
                "'updated' (\(updated.iso)) is earlier than 'date' (\(date.iso)): a page is updated after it is published; check both"))
        }
        if document.diagnostics.isEmpty && frontMatter.title.isEmpty {
            let location = frontMatter.locations["title"] ?? SourceLocation(path: path, line: 1, column: 1)
            diagnostics.append(.error(at: location, "the page needs a title: add `title: …` to its front matter"))
        }
        let failed = diagnostics.contains { $0.severity == .error }
        return (failed ? nil : frontMatter, split.body, split.bodyLine, diagnostics)
    }
}

private extension FrontMatter {
    mutating func read(_ key: String, _ value: Node, at location: SourceLocation, reader: inout YAMLFieldReader) {
        switch key {
        case "title": title = reader.string(value, key: key)?.trimmed ?? ""
        case "summary": summary = reader.string(value, key: key)?.trimmed.nonEmpty
        case "date": date = reader.date(value, key: key)
        case "updated": updated = reader.date(value, key: key)
        case "tags": tags = readTags(value, reader: &reader)
        case "draft": draft = reader.bool(value, key: key) ?? false
        case "step": step = reader.int(value, key: key, range: 1...999)
        case "weight": weight = reader.int(value, key: key, range: -1_000_000...1_000_000)
        case "slug": slug = reader.string(value, key: key)?.trimmed.nonEmpty
        case "content_note": contentNote = reader.string(value, key: key)?.trimmed.nonEmpty
        case "comments": readComments(value, reader: &reader)
        case "params": params = reader.params(value, key: key)
        case "layout": layout = reader.string(value, key: key)?.trimmed.nonEmpty
        case "aliases": aliases = reader.strings(value, key: key).map(\.trimmed).filter { !$0.isEmpty }
        case "image": image = reader.string(value, key: key)?.trimmed.nonEmpty
        default: reader.warnUnknown(key, at: location, known: Self.knownKeys, in: "front-matter")
        }
    }

    /// A list of tags. A text is one tag, except that a text with commas (`tags: a, b`) is
    /// read as the list it was meant to be, with a warning saying how to write it.
    func readTags(_ value: Node, reader: inout YAMLFieldReader) -> [String] {
        let names = reader.strings(value, key: "tags").map(\.trimmed).filter { !$0.isEmpty }
        guard case .scalar(let scalar) = value, scalar.style == .plain, let text = names.first, text.contains(",")
        else { return names }
        let split = text.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
        reader.warning("'tags' is a text, not a list: it was read as \(split.count) tags (\(split.joined(separator: ", "))); write it as a list, tags: [\(split.joined(separator: ", "))]", at: value)
        return split
    }

    mutating func readComments(_ value: Node, reader: inout YAMLFieldReader) {
        if let flag = value.bool {
            commentsClosed = !flag
            return
        }
        switch reader.string(value, key: "comments")?.trimmed.lowercased() {
        case nil, "open": commentsClosed = false
        case "closed": commentsClosed = true
        default: reader.error("'comments' should be open or closed", at: value)
        }
    }
}

extension String {
    /// `nil` for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
