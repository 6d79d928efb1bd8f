/// URL slugs: lowercase letters and digits joined by hyphens.
enum Slug {
    /// `Professional Support` -> `professional-support`; `Trust & Safety` -> `trust-safety`.
    static func make(_ text: String) -> String {
        makeASCII(text) ?? makeFromCharacters(text)
    }

    /// ``make(_:)`` for ASCII text, byte by byte (the same rule: letters, digits and `_`
    /// kept and lowercased, runs of whitespace, punctuation and symbols one hyphen, other
    /// control characters dropped); `nil` for text that is not ASCII.
    static func makeASCII(_ text: String) -> String? {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for byte in text.utf8 {
            let kept: UInt8
            switch byte {
            case 0x80...: return nil
            case 0x61...0x7A, 0x30...0x39, 0x5F: kept = byte
            case 0x41...0x5A: kept = byte | 0x20
            case 0x09...0x0D, 0x20...0x7E: pendingHyphen = true; continue
            default: continue
            }
            if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
            slug.append(kept)
            pendingHyphen = false
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// ``make(_:)`` by characters, for any text.
    static func makeFromCharacters(_ text: String) -> String {
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
