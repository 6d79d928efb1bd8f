import MendMarkdown

/// One text of the strings table, split at its placeholders:
/// `Step {{number}} of {{total}}` is the text "Step ", the placeholder `number`, " of ",
/// and `total`. A placeholder is a name (letters, digits, `_` and `.`) between `{{` and `}}`;
/// nothing else in a string is Mustache.
struct StringPattern: Sendable, Hashable {
    enum Piece: Sendable, Hashable {
        case text(String)
        case placeholder(String)
    }

    let pieces: [Piece]

    /// Splits `text`; `nil` and the problem when a `{{` starts no placeholder.
    static func parse(_ text: String) -> (StringPattern?, problem: String?) {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            if open.lowerBound > rest.startIndex { pieces.append(.text(String(rest[..<open.lowerBound]))) }
            let after = rest[open.upperBound...]
            guard let close = after.firstRange(of: "}}") else {
                return (nil, "'{{' opens no placeholder: write a placeholder as {{name}}")
            }
            let name = after[..<close.lowerBound].trimmed
            guard isName(name) else {
                return (nil, "'{{\(after[..<close.lowerBound])}}' is not a placeholder: write a name between {{ and }}, such as {{count}}")
            }
            pieces.append(.placeholder(name))
            rest = after[close.upperBound...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return (StringPattern(pieces: pieces), nil)
    }

    /// The names of its placeholders, in order, each once.
    var placeholders: [String] {
        var seen: Set<String> = []
        return pieces.compactMap { piece in
            guard case .placeholder(let name) = piece, seen.insert(name).inserted else { return nil }
            return name
        }
    }

    /// The text with each placeholder replaced by its value (plain text in, plain text out);
    /// a placeholder without a value is left out.
    func filled(_ values: [String: String]) -> String {
        filled { values[$0] }
    }

    /// The text with each placeholder replaced by what `value` gives for its name.
    func filled(_ value: (String) -> String?) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .text(let literal): text += literal
            case .placeholder(let name): text += value(name) ?? ""
            }
        }
        return text
    }

    /// A date pattern filled: `day`, `month` (its name in `months`, January first) and `year`.
    func filled(date: ContentDate, months: [String]) -> String {
        filled { name in
            switch name {
            case "day": return String(date.day)
            case "month": return months[date.month - 1]
            case "year": return date.paddedYear
            default: return nil
            }
        }
    }

    /// HTML: the text escaped, each placeholder replaced by its value, which is HTML already.
    func html(_ values: [String: String]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): return text.escapedForHTML
            case .placeholder(let name): return values[name] ?? ""
            }
        }.joined()
    }

    /// The Mustache source of the string `key` as a partial: the text escaped for HTML, and
    /// each placeholder a block named by the key and the placeholder, whose default is the
    /// variable (`{{$back_to.title}}{{title}}{{/back_to.title}}`), so that a template may fill
    /// it with markup instead. The key in the name keeps a block a template passes to its
    /// layout (`{{$title}}`) from filling the placeholders of the strings inside.
    func mustacheSource(key: String) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): return text.escapedForHTML
            case .placeholder(let name): return "{{$\(key).\(name)}}{{\(name)}}{{/\(key).\(name)}}"
            }
        }.joined()
    }
}

private extension StringPattern {
    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first != ".", name.unicodeScalars.last != "." else { return false }
        return !name.contains("..") && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "."
        }
    }
}
