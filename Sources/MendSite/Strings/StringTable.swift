/// Every text a reader sees that is not the site's content: the built-in English
/// (``BuiltInStrings``), the month names and date order of the site's `language`
/// (``DateNames``), and what `strings:` in `content/site.yml` replaces or adds.
///
/// The core fills its texts here (titles, breadcrumbs, labels, the feed); templates
/// include the plain ones as partials, `{{>strings/KEY}}` (see ``Theme/adding(_:)``).
public struct StringTable: Sendable, Equatable {
    /// One entry: a text, or the forms of a counted one.
    enum Entry: Sendable, Equatable {
        case text(StringPattern)
        case counted([PluralForm: StringPattern])
    }

    public let language: String
    /// How `language` picks a counted string's form.
    let rule: PluralRule
    private(set) var entries: [String: Entry]
    /// January first, as dates write them.
    private(set) var months: [String]
    /// The keys `strings:` set that the built-in table does not have: the site's own, for its templates.
    private(set) var ownKeys: [String] = []
    /// Where `strings:` set each key, for diagnostics (not part of equality: moving a line changes no page).
    private(set) var locations: [String: SourceLocation] = [:]

    /// The built-in English texts, with the dates of `language`.
    public init(language: String = "en") {
        self.language = language
        rule = PluralRule(language: language)
        entries = Self.builtIn
        let dates = DateNames.forLanguage(language)
        months = dates.months
        entries["date"] = .text(StringPattern.parse(dates.date).0!)
    }

    public static func == (lhs: StringTable, rhs: StringTable) -> Bool {
        lhs.language == rhs.language && lhs.entries == rhs.entries && lhs.months == rhs.months && lhs.ownKeys == rhs.ownKeys
    }
}

extension StringTable {
    /// A plain entry with its placeholders filled (plain text); empty for a key the table lacks.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        pattern(key, count: nil)?.filled(values) ?? ""
    }

    /// A counted entry in the form `count` takes, with `{{count}}` and `values` filled.
    func counted(_ key: String, _ count: Int, _ values: [String: String] = [:]) -> String {
        counted(key)(count) { values[$0] }
    }

    /// A counted entry, to fill for many counts (a plain one serves every count).
    func counted(_ key: String) -> CountedText {
        switch entries[key] {
        case .counted(let forms): return CountedText(forms: forms, rule: rule)
        case .text(let pattern): return CountedText(forms: [.other: pattern], rule: rule)
        case nil: return CountedText(forms: [:], rule: rule)
        }
    }

    /// An entry as HTML: its text escaped, the placeholders' `values` (HTML) put in.
    func html(_ key: String, _ values: [String: String] = [:]) -> String {
        pattern(key, count: nil)?.html(values) ?? ""
    }

    /// `date` in the site's language: "1 May 2024", "1. Mai 2024", "2024年5月1日".
    func date(_ date: ContentDate) -> String {
        pattern("date", count: nil)?.filled(date: date, months: months) ?? ""
    }

    /// Whether any built-in text differs from its English (the dates aside): `false` for a
    /// site that has no `strings:`, or pasted the built-in table without changing it.
    var translatesAnything: Bool {
        Self.builtIn.contains { key, english in key != "date" && !Set(Self.texts(entries[key])).isSubset(of: Self.texts(english)) }
    }

    /// The texts of an entry, each form's.
    private static func texts(_ entry: Entry?) -> [StringPattern] {
        switch entry {
        case .text(let pattern): return [pattern]
        case .counted(let forms): return Array(forms.values)
        case nil: return []
        }
    }

    /// The plain entries (not counted ones), each a text with placeholders: what templates include.
    var plainEntries: [(key: String, pattern: StringPattern)] {
        entries.compactMap { key, entry in
            guard case .text(let pattern) = entry else { return nil }
            return (key, pattern)
        }.sorted { $0.key < $1.key }
    }

    /// A plain entry's pattern; a counted one's form for `count` (see ``CountedText``).
    func pattern(_ key: String, count: Int?) -> StringPattern? {
        switch entries[key] {
        case .text(let pattern): return pattern
        case .counted: return counted(key).pattern(for: count ?? 0)
        case nil: return nil
        }
    }
}

extension StringTable {
    /// The built-in entries, parsed once.
    static let builtIn: [String: Entry] = {
        var entries: [String: Entry] = [:]
        for (key, value) in BuiltInStrings.english {
            switch value {
            case .text(let text): entries[key] = .text(StringPattern.parse(text).0!)
            case .counted(let forms): entries[key] = .counted(forms.mapValues { StringPattern.parse($0).0! })
            }
        }
        return entries
    }()

    /// The placeholders an entry is given (every built-in one's; `count` in counted ones).
    static func placeholders(of key: String) -> Set<String>? {
        switch builtIn[key] {
        case .text(let pattern): return Set(pattern.placeholders)
        case .counted(let forms): return Set(forms.values.flatMap(\.placeholders) + ["count"])
        case nil: return key == "months" ? [] : nil
        }
    }

    mutating func set(_ key: String, _ entry: Entry, at location: SourceLocation) {
        if Self.builtIn[key] == nil && entries[key] == nil { ownKeys.append(key) }
        entries[key] = entry
        locations[key] = location
    }

    mutating func setMonths(_ names: [String], at location: SourceLocation) {
        months = names
        locations["months"] = location
    }
}
