/// A counted entry of the strings table, looked up once and filled for many counts: the
/// form a count takes is `none` for 0 when the entry has it, then the language's category
/// (``PluralRule``), then `other`.
struct CountedText: Sendable {
    let forms: [PluralForm: StringPattern]
    let rule: PluralRule

    func pattern(for count: Int) -> StringPattern? {
        if count == 0, let none = forms[.none] { return none }
        return forms[rule.category(of: count)] ?? forms[.other]
    }

    /// The form of `count` with `{{count}}` filled, and the other placeholders from `value`.
    func callAsFunction(_ count: Int, _ value: (String) -> String? = { _ in nil }) -> String {
        pattern(for: count)?.filled { $0 == "count" ? String(count) : value($0) } ?? ""
    }
}
