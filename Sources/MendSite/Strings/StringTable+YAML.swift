public extension StringTable {
    /// The table as the `strings:` block of a `site.yml`, every entry in the built-in order
    /// (then the site's own): what `mend theme strings` prints for a writer to translate. A
    /// counted entry lists every plural form the language uses, a missing one as its `other`.
    var yaml: String {
        var lines = ["# Every text the theme shows a reader (mend theme strings): translate or reword any;",
                     "# an entry you remove stays built in. See Mend's README, \"Strings and languages\".",
                     "strings:"]
        let keys = BuiltInStrings.english.map(\.key) + ownKeys
        for key in keys {
            switch entries[key] {
            case .text(let pattern):
                lines.append("  \(key): \(Self.quoted(pattern))")
            case .counted(let forms):
                lines.append("  \(key):")
                for form in Set(forms.keys).union(Self.neededForms(language)).sorted() {
                    lines.append("    \(form.rawValue): \(Self.quoted(forms[form] ?? forms[.other]!))")
                }
            case nil:
                continue
            }
            if key == "date" { lines.append("  months: [\(months.map(YAMLScalar.quoted).joined(separator: ", "))]") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

private extension StringTable {
    static func quoted(_ pattern: StringPattern) -> String {
        YAMLScalar.quoted(pattern.pieces.map { piece in
            switch piece {
            case .text(let text): return text
            case .placeholder(let name): return "{{\(name)}}"
            }
        }.joined())
    }
}
