import Yams

extension StringTable {
    /// The table for `language` with what `strings:` in `site.yml` sets: a text for a plain
    /// key, a text or forms (`none` for 0, then CLDR's `zero`, `one`, `two`, `few`, `many`,
    /// `other`) for a counted one, twelve names for `months`, and texts under keys of the site's own.
    static func parse(_ node: Node?, language: String, reader: inout YAMLFieldReader) -> StringTable {
        var table = StringTable(language: language)
        guard let node else { return table }
        for (key, location, value) in reader.mapping(node, key: "strings") ?? [] {
            let name = "strings.\(key)"
            if YAMLFieldReader.isNull(value) {
                reader.warning("'\(name)' has no value: the built-in text is used (write \"\" for none)", at: value)
                continue
            }
            if key == "months" {
                let months = reader.strings(value, key: name)
                if months.count == 12 {
                    table.setMonths(months, at: location)
                } else {
                    reader.error("'\(name)' needs the twelve month names, January first, as a date writes them; found \(months.count)", at: value)
                }
                continue
            }
            let entry: Entry?
            switch builtIn[key] {
            case .counted: entry = countedEntry(value, key: key, language: language, reader: &reader)
            case .text, nil:
                if case .mapping = value {
                    let counted = BuiltInStrings.english.compactMap { item -> String? in
                        if case .counted = item.value { return item.key } else { return nil }
                    }
                    reader.error("'\(name)' should be text: only the counted strings (\(counted.joined(separator: ", "))) have plural forms", at: value)
                    entry = nil
                } else {
                    entry = reader.string(value, key: name).flatMap { pattern($0, key: key, at: value, reader: &reader) }.map(Entry.text)
                }
            }
            if let entry { table.set(key, entry, at: location) }
        }
        return table
    }
}

private extension StringTable {
    static func countedEntry(_ node: Node, key: String, language: String, reader: inout YAMLFieldReader) -> Entry? {
        let name = "strings.\(key)"
        guard case .mapping = node else {
            return reader.string(node, key: name).flatMap { pattern($0, key: key, at: node, reader: &reader) }
                .map { .counted([.other: $0]) }
        }
        var forms: [PluralForm: StringPattern] = [:]
        var failed = false
        for (form, _, value) in reader.mapping(node, key: name) ?? [] {
            guard let category = PluralForm(rawValue: form) else {
                reader.error("'\(form)' is not a plural form: write none (for 0), zero, one, two, few, many or other", at: value)
                failed = true
                continue
            }
            guard let text = reader.string(value, key: "\(name).\(form)"),
                  let pattern = pattern(text, key: key, at: value, reader: &reader) else { failed = true; continue }
            forms[category] = pattern
        }
        guard !failed else { return nil }
        guard forms[.other] != nil else {
            reader.error("'\(name)' needs an 'other' form, the one every count without a form of its own takes", at: node)
            return nil
        }
        if case .counted(let builtInForms) = builtIn[key], let none = builtInForms[.none], forms[.none] == nil {
            reader.warning("'\(name)' has no 'none' form, the one shown when the count is 0 (\"\(none.filled([:]))\")", at: node)
        }
        let missing = neededForms(language).sorted().filter { forms[$0] == nil && $0 != .other }
        if !missing.isEmpty {
            reader.warning("'\(name)' has no \(missing.map { "'\($0.rawValue)'" }.joined(separator: " or ")) form, which \(language) uses for some counts: 'other' stands in for it", at: node)
        }
        return .counted(forms)
    }

    /// The text as a pattern, when it parses and uses only the placeholders its key is given.
    static func pattern(_ text: String, key: String, at node: Node, reader: inout YAMLFieldReader) -> StringPattern? {
        let (pattern, problem) = StringPattern.parse(text)
        guard let pattern else {
            reader.error("'strings.\(key)': \(problem ?? "")", at: node)
            return nil
        }
        if let given = placeholders(of: key) {
            let unknown = pattern.placeholders.filter { !given.contains($0) }
            if let first = unknown.first {
                let known = given.sorted().map { "{{\($0)}}" }
                let advice = known.isEmpty ? "this string has no placeholders" : "use \(known.joined(separator: ", "))"
                reader.error("'strings.\(key)' has {{\(first)}}, which it is never given: \(advice)", at: node)
                return nil
            }
        }
        return pattern
    }
}

extension StringTable {
    /// The forms `language` takes for some whole number.
    static func neededForms(_ language: String) -> Set<PluralForm> {
        Set((0...1_000).map { PluralForm.category(of: $0, language: language) })
    }
}
