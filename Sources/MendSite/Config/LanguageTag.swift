/// Checks a site's `language` against the shape of a BCP 47 language tag (RFC 5646), as
/// `<html lang>` and feeds need it: a 2- or 3-letter language, then optional subtags
/// (script `Latn`, region `GB` or `419`, variants, extensions), joined by hyphens.
public enum LanguageTag {
    /// The problem with `tag`, or `nil` when it is well formed.
    public static func problem(with tag: String) -> String? {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        if isWellFormed(subtags) { return nil }
        var advice = "write a BCP 47 language tag: a 2- or 3-letter language code, optionally with a region, such as en, en-GB, pt-BR or zh-Hant"
        if let code = commonNames[tag.lowercased()] {
            advice = "write its language code, '\(code)' (a BCP 47 language tag such as en, en-GB or pt-BR)"
        } else if tag.contains("_") {
            advice = "join the parts with a hyphen, not an underscore: '\(tag.replacingUnderscores())'"
        }
        return "'\(tag)' is not a language tag: \(advice)"
    }
}

private extension LanguageTag {
    static let commonNames: [String: String] = [
        "english": "en", "french": "fr", "français": "fr", "german": "de", "deutsch": "de", "spanish": "es",
        "español": "es", "portuguese": "pt", "português": "pt", "italian": "it", "italiano": "it", "dutch": "nl",
        "nederlands": "nl", "polish": "pl", "polski": "pl", "swedish": "sv", "svenska": "sv", "danish": "da",
        "norwegian": "no", "finnish": "fi", "greek": "el", "turkish": "tr", "russian": "ru", "ukrainian": "uk",
        "arabic": "ar", "hebrew": "he", "hindi": "hi", "chinese": "zh", "japanese": "ja", "korean": "ko",
        "vietnamese": "vi", "indonesian": "id", "thai": "th", "czech": "cs", "hungarian": "hu", "romanian": "ro",
    ]

    static func isWellFormed(_ subtags: [Substring]) -> Bool {
        guard let language = subtags.first else { return false }
        if language.lowercased() == "x" { return subtags.count > 1 && subtags.dropFirst().allSatisfy { isAlphanumeric($0, 1...8) } }
        guard isLetters(language, 2...3) else { return false }
        var rest = subtags.dropFirst()
        if let script = rest.first, isLetters(script, 4...4) { rest = rest.dropFirst() }
        if let region = rest.first, isLetters(region, 2...2) || isDigits(region, 3...3) { rest = rest.dropFirst() }
        // Variants, extensions (a singleton then subtags of 2-8) and private use.
        while let subtag = rest.first {
            if subtag.count == 1 {
                guard subtag != "-", rest.count > 1 else { return false }
                let isPrivate = subtag.lowercased() == "x"
                let run = rest.dropFirst().prefix { isAlphanumeric($0, isPrivate ? 1...8 : 2...8) }
                guard !run.isEmpty else { return false }
                rest = rest.dropFirst(1 + run.count)
                if isPrivate { return rest.isEmpty }
            } else if isAlphanumeric(subtag, 5...8) || (subtag.count == 4 && subtag.first!.isASCII && subtag.first!.isNumber
                                                        && isAlphanumeric(subtag, 4...4)) {
                rest = rest.dropFirst()
            } else {
                return false
            }
        }
        return true
    }

    static func isLetters(_ text: Substring, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(text.count) && text.allSatisfy { $0.isASCII && $0.isLetter }
    }

    static func isDigits(_ text: Substring, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(text.count) && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isAlphanumeric(_ text: Substring, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}

private extension String {
    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
