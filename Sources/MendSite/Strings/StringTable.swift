/// Every text a reader sees that is not the site's content: the built-in English
/// (``BuiltInStrings``), the month names and date order of the site's `language`
/// (``DateNames``), and what `strings:` in `content/site.yml` replaces or adds.
///
/// The core fills its texts here (titles, breadcrumbs, labels, the feed); templates
/// include the plain ones as partials, `{{>strings/KEY}}` (see ``Theme/adding(_:)``).
public struct StringTable: Sendable, Equatable {
    /// One entry: a text, or plural forms of a counted one.
    enum Entry: Sendable, Equatable {
        case text(StringPattern)
        case counted([PluralCategory: StringPattern])
    }

    public let language: String
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
        var values = values
        values["count"] = String(count)
        return pattern(key, count: count)?.filled(values) ?? ""
    }

    /// An entry as HTML: its text escaped, the placeholders' `values` (HTML) put in.
    func html(_ key: String, _ values: [String: String] = [:]) -> String {
        pattern(key, count: nil)?.html(values) ?? ""
    }

    /// `date` in the site's language: "1 May 2024", "1. Mai 2024", "2024年5月1日".
    func date(_ date: ContentDate) -> String {
        text("date", ["day": String(date.day), "month": months[date.month - 1], "year": date.paddedYear])
    }

    /// The plain entries (not counted ones), each a text with placeholders: what templates include.
    var plainEntries: [(key: String, pattern: StringPattern)] {
        entries.compactMap { key, entry in
            guard case .text(let pattern) = entry else { return nil }
            return (key, pattern)
        }.sorted { $0.key < $1.key }
    }

    /// The form a count takes: `zero` for 0 when the entry has it, then the language's
    /// category, then `other`.
    func pattern(_ key: String, count: Int?) -> StringPattern? {
        switch entries[key] {
        case .text(let pattern): return pattern
        case .counted(let forms):
            let count = count ?? 0
            if count == 0, let zero = forms[.zero] { return zero }
            return forms[PluralCategory.of(count, language: language)] ?? forms[.other]
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
