/// URL slugs: lowercase letters and digits joined by hyphens.
enum Slug {
    /// `Professional Support` -> `professional-support`; `Trust & Safety` -> `trust-safety`.
    static func make(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                slug.append(character)
                pendingHyphen = false
            } else if character == "-" || character.isWhitespace || character.isPunctuation || character.isSymbol {
                pendingHyphen = true
            }
        }
        return slug
    }

    /// Whether `text` can be used in a URL as it is (what ``make(_:)`` returns for it).
    static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(text) == text
    }
}
