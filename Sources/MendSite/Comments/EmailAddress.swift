/// The check a commenter's email address gets, the same for `mend comments add` and the
/// preview's comment form: sensible rules, not a full RFC 5322 parser.
///
/// An address is accepted when it has exactly one `@`, a local part of 1 to 64 bytes, a domain
/// of dot-separated labels (at least two; each 1 to 63 bytes of letters, digits and inner
/// hyphens; the last one with a letter), at most 254 bytes in all, and no blank or control
/// character anywhere.
///
/// ```swift
/// EmailAddress.problem(with: "sam@example.org")   // nil
/// EmailAddress.problem(with: "not-an-email")      // .noAt
/// ```
public enum EmailAddress {
    /// What is wrong with an address; `description` is a phrase for "… is not an email address: …".
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case empty, tooLong, blankOrControl, noAt, severalAts, emptyLocalPart, localPartTooLong
        case domainWithoutDot, emptyDomainLabel, domainLabelTooLong, badDomainCharacter, topLevelWithoutLetter

        public var description: String {
            switch self {
            case .empty: return "it is empty"
            case .tooLong: return "it is longer than 254 bytes"
            case .blankOrControl: return "it contains a space, a line break or a control character"
            case .noAt: return "it has no '@'"
            case .severalAts: return "it has more than one '@'"
            case .emptyLocalPart: return "nothing comes before the '@'"
            case .localPartTooLong: return "the part before the '@' is longer than 64 bytes"
            case .domainWithoutDot: return "the domain after the '@' has no dot (example.org)"
            case .emptyDomainLabel: return "the domain has an empty part (two dots in a row, or a dot at an end)"
            case .domainLabelTooLong: return "a part of the domain is longer than 63 bytes"
            case .badDomainCharacter:
                return "the domain may only hold letters, digits, dots and hyphens (not at the start or end of a part)"
            case .topLevelWithoutLetter: return "the domain's last part has no letter"
            }
        }
    }

    /// The first problem of `text` as an email address, or `nil` when it is acceptable.
    /// - Parameter text: The address as typed (not trimmed: surrounding blanks are a problem).
    public static func problem(with text: String) -> Problem? {
        if text.isEmpty { return .empty }
        if text.utf8.count > 254 { return .tooLong }
        if text.unicodeScalars.contains(where: isBlankOrControl) { return .blankOrControl }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return .noAt }
        guard parts.count == 2 else { return .severalAts }
        let (local, domain) = (parts[0], parts[1])
        if local.isEmpty { return .emptyLocalPart }
        if local.utf8.count > 64 { return .localPartTooLong }
        return domainProblem(domain)
    }

    /// Whether `text` is an acceptable email address (``problem(with:)`` finds nothing).
    public static func isValid(_ text: String) -> Bool {
        problem(with: text) == nil
    }
}

private extension EmailAddress {
    static func isBlankOrControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator: return true
        default: return scalar.properties.isWhitespace
        }
    }

    static func domainProblem(_ domain: Substring) -> Problem? {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count > 1 else { return domain.isEmpty ? .emptyDomainLabel : .domainWithoutDot }
        for label in labels {
            if label.isEmpty { return .emptyDomainLabel }
            if label.utf8.count > 63 { return .domainLabelTooLong }
            if label.first == "-" || label.last == "-" || !label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) {
                return .badDomainCharacter
            }
        }
        return labels.last!.contains(where: \.isLetter) ? nil : .topLevelWithoutLetter
    }
}
