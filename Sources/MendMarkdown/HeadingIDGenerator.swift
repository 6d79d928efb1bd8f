/// Gives headings GitHub-style ids, unique on the page.
struct HeadingIDGenerator: Sendable {
    /// Ids taken so far, starting with the page's reserved ones.
    private var used: Set<String>
    /// For each base id, the first suffix worth trying next: keeps many equal headings linear.
    private var nextSuffix: [String: Int] = [:]

    /// - Parameter reserved: Ids the page already uses elsewhere.
    init(reserved: Set<String>) {
        used = reserved
    }

    /// A new id for a heading with this plain text: its ``slug(_:)``, or `section` when that is
    /// empty, then `-1`, `-2`, … until it is unused.
    mutating func uniqueID(for text: String) -> String {
        let slug = HeadingIDGenerator.slug(text)
        let base = slug.isEmpty ? "section" : slug
        var id = base
        if used.contains(id) {
            var suffix = nextSuffix[base, default: 1]
            while used.contains("\(base)-\(suffix)") { suffix += 1 }
            id = "\(base)-\(suffix)"
            nextSuffix[base] = suffix + 1
        }
        used.insert(id)
        return id
    }

    /// GitHub's anchor for a heading: lowercased; letters, marks, digits, `-` and `_` kept;
    /// each whitespace character becomes `-`; everything else is dropped.
    ///
    /// `Step 3: Open Lines` -> `step-3-open-lines`; `“Take Responsibility”` -> `take-responsibility`.
    static func slug(_ text: String) -> String {
        asciiSlug(text) ?? scalarSlug(text)
    }

    /// ``slug(_:)`` scalar by scalar, for any text.
    static func scalarSlug(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar == "-" {
                slug.append(scalar)
            } else if scalar.properties.isWhitespace {
                slug.append("-")
            } else if isWordCharacter(scalar) {
                slug.append(scalar)
            }
        }
        return String(slug)
    }
}

private extension HeadingIDGenerator {
    /// ``slug(_:)`` of an ASCII text, byte by byte (most headings); `nil` for any other text.
    static func asciiSlug(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var slug: [UInt8] = []
            slug.reserveCapacity(bytes.count)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                    slug.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): slug.append(byte + 32)
                case 0x09...0x0D, UInt8(ascii: " "): slug.append(UInt8(ascii: "-"))
                case 0x80...: return nil
                default: break
                }
            }
            return String(decoding: slug, as: UTF8.self)
        }
    }

    /// Ruby's `\p{Word}`, which GitHub keeps: letters, marks, decimal digits, connector punctuation (`_`).
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
            true
        default:
            false
        }
    }
}
