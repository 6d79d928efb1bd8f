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

    /// The most bytes a slug may have: it names a folder of the output, and file systems
    /// allow 255 bytes in a name.
    static let maximumBytes = 255

    /// Why `slug` cannot name a folder (too long), or `nil` when it can.
    static func lengthProblem(_ slug: String) -> String? {
        let bytes = slug.utf8.count
        guard bytes > maximumBytes else { return nil }
        return "of \(bytes) bytes, longer than the \(maximumBytes) a file or folder name may have: shorten it"
    }

    /// Whether `text` can be used in a URL as it is (what ``make(_:)`` returns for it).
    static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(text) == text
    }
}
