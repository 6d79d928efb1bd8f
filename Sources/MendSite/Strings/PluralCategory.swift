/// The plural forms a counted string may have, as Unicode CLDR names them. Which one a
/// count takes depends on the language (``PluralCategory/of(_:language:)``); `zero`, when a
/// string has it, is also taken for 0 in every language ("No comments yet").
public enum PluralCategory: String, Sendable, CaseIterable, Comparable {
    case zero, one, two, few, many, other

    public static func < (lhs: PluralCategory, rhs: PluralCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public extension PluralCategory {
    /// The CLDR category of a whole number `n` in `language` (a BCP 47 tag: its primary
    /// language decides, and `pt-PT` differs from `pt`). Languages without a rule here
    /// take `one` for 1 and `other` for the rest.
    static func of(_ n: Int, language: String) -> PluralCategory {
        let tag = language.lowercased()
        let primary = String(tag.prefix { $0 != "-" })
        let n = abs(n), last = n % 10, lastTwo = n % 100
        switch primary {
        case "ja", "zh", "ko", "th", "vi", "id", "ms", "my", "lo", "km", "yue":
            return .other
        case "fr", "hy", "kab", "ff":
            return n == 0 || n == 1 ? .one : n != 0 && n % 1_000_000 == 0 ? .many : .other
        case "pt" where tag != "pt-pt":
            return n == 0 || n == 1 ? .one : n != 0 && n % 1_000_000 == 0 ? .many : .other
        case "es", "it", "ca", "pt":
            return n == 1 ? .one : n != 0 && n % 1_000_000 == 0 ? .many : .other
        case "ru", "uk", "be":
            if last == 1 && lastTwo != 11 { return .one }
            if (2...4).contains(last) && !(12...14).contains(lastTwo) { return .few }
            return .many
        case "pl":
            if n == 1 { return .one }
            if (2...4).contains(last) && !(12...14).contains(lastTwo) { return .few }
            return .many
        case "cs", "sk":
            return n == 1 ? .one : (2...4).contains(n) ? .few : .other
        case "hr", "sr", "bs":
            if last == 1 && lastTwo != 11 { return .one }
            if (2...4).contains(last) && !(12...14).contains(lastTwo) { return .few }
            return .other
        case "lt":
            if last == 1 && !(11...19).contains(lastTwo) { return .one }
            if (2...9).contains(last) && !(11...19).contains(lastTwo) { return .few }
            return .other
        case "lv":
            if last == 0 || (11...19).contains(lastTwo) { return .zero }
            return last == 1 && lastTwo != 11 ? .one : .other
        case "ro":
            return n == 1 ? .one : n == 0 || (2...19).contains(lastTwo) ? .few : .other
        case "sl":
            return lastTwo == 1 ? .one : lastTwo == 2 ? .two : (3...4).contains(lastTwo) ? .few : .other
        case "he":
            return n == 1 ? .one : n == 2 ? .two : .other
        case "ar":
            if n == 0 { return .zero }
            if n == 1 { return .one }
            if n == 2 { return .two }
            if (3...10).contains(lastTwo) { return .few }
            return (11...99).contains(lastTwo) ? .many : .other
        case "ga":
            return n == 1 ? .one : n == 2 ? .two : (3...6).contains(n) ? .few : (7...10).contains(n) ? .many : .other
        case "cy":
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            case 3: return .few
            case 6: return .many
            default: return .other
            }
        default:
            return n == 1 ? .one : .other
        }
    }
}
