/// The forms a counted string may have: `none`, for exactly 0 in any language ("No
/// comments yet"), then the plural categories as Unicode CLDR names them. Which category a
/// count takes depends on the language (``PluralForm/category(of:language:)``).
public enum PluralForm: String, Sendable, CaseIterable, Comparable {
    case none, zero, one, two, few, many, other

    public static func < (lhs: PluralForm, rhs: PluralForm) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public extension PluralForm {
    /// The CLDR category of a whole number `n` in `language` (see ``PluralRule``); never `none`.
    static func category(of n: Int, language: String) -> PluralForm {
        PluralRule(language: language).category(of: n)
    }
}
