/// How a language picks the plural category of a whole number, after Unicode CLDR's rules:
/// worked out once from the language tag (its primary language decides, and `pt-PT`
/// differs from `pt`), then asked for every count. Languages without a rule here take
/// `one` for 1 and `other` for the rest.
enum PluralRule: Sendable, Equatable {
    /// Japanese, Chinese, Korean, Thai, …: every count is `other`.
    case onlyOther
    /// English, German, Dutch, Swedish, …: `one` for 1.
    case oneForOne
    /// Spanish, Italian, Catalan, European Portuguese: `one` for 1, `many` for whole millions.
    case oneForOneManyForMillions
    /// French, Portuguese: `one` for 0 and 1, `many` for whole millions.
    case oneForZeroAndOneManyForMillions
    /// Hindi, Bengali, Persian, Armenian, …: `one` for 0 and 1.
    case oneForZeroAndOne
    case eastSlavic, polish, czech, southSlavic, lithuanian, latvian, romanian, slovenian, hebrew, arabic, irish, welsh

    init(language: String) {
        let tag = language.lowercased()
        switch String(tag.prefix { $0 != "-" }) {
        case "ja", "zh", "ko", "th", "vi", "id", "ms", "my", "lo", "km", "yue": self = .onlyOther
        case "fr": self = .oneForZeroAndOneManyForMillions
        case "pt": self = tag == "pt-pt" || tag.hasPrefix("pt-pt-") ? .oneForOneManyForMillions : .oneForZeroAndOneManyForMillions
        case "es", "it", "ca": self = .oneForOneManyForMillions
        case "hy", "kab", "ff", "hi", "bn", "fa", "gu", "kn", "zu", "am", "as", "si", "pa": self = .oneForZeroAndOne
        case "ru", "uk", "be": self = .eastSlavic
        case "pl": self = .polish
        case "cs", "sk": self = .czech
        case "hr", "sr", "bs": self = .southSlavic
        case "lt": self = .lithuanian
        case "lv": self = .latvian
        case "ro": self = .romanian
        case "sl": self = .slovenian
        case "he": self = .hebrew
        case "ar": self = .arabic
        case "ga": self = .irish
        case "cy": self = .welsh
        default: self = .oneForOne
        }
    }

    /// The category of `n`; never `none`.
    func category(of n: Int) -> PluralForm {
        let n = abs(n), last = n % 10, lastTwo = n % 100
        let fewSlavic = (2...4).contains(last) && !(12...14).contains(lastTwo)
        switch self {
        case .onlyOther: return .other
        case .oneForOne: return n == 1 ? .one : .other
        case .oneForOneManyForMillions: return n == 1 ? .one : n != 0 && n % 1_000_000 == 0 ? .many : .other
        case .oneForZeroAndOneManyForMillions: return n <= 1 ? .one : n % 1_000_000 == 0 ? .many : .other
        case .oneForZeroAndOne: return n <= 1 ? .one : .other
        case .eastSlavic: return last == 1 && lastTwo != 11 ? .one : fewSlavic ? .few : .many
        case .polish: return n == 1 ? .one : fewSlavic ? .few : .many
        case .czech: return n == 1 ? .one : (2...4).contains(n) ? .few : .other
        case .southSlavic: return last == 1 && lastTwo != 11 ? .one : fewSlavic ? .few : .other
        case .lithuanian:
            if (11...19).contains(lastTwo) { return .other }
            return last == 1 ? .one : last >= 2 ? .few : .other
        case .latvian:
            if last == 0 || (11...19).contains(lastTwo) { return .zero }
            return last == 1 ? .one : .other
        case .romanian: return n == 1 ? .one : n == 0 || (1...19).contains(lastTwo) ? .few : .other
        case .slovenian: return lastTwo == 1 ? .one : lastTwo == 2 ? .two : (3...4).contains(lastTwo) ? .few : .other
        case .hebrew: return n == 1 ? .one : n == 2 ? .two : .other
        case .arabic:
            if n <= 2 { return n == 0 ? .zero : n == 1 ? .one : .two }
            return (3...10).contains(lastTwo) ? .few : (11...99).contains(lastTwo) ? .many : .other
        case .irish: return n == 1 ? .one : n == 2 ? .two : (3...6).contains(n) ? .few : (7...10).contains(n) ? .many : .other
        case .welsh:
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            case 3: return .few
            case 6: return .many
            default: return .other
            }
        }
    }
}
