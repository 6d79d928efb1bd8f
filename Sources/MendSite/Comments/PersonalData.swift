/// Personal data a commenter may have typed into a comment's name or message, found so that
/// a moderator sees it before approving (`mend comments list` marks such comments). The site
/// never links it (comments only link to web pages), but it is published as text once approved.
///
/// The search is a heuristic, tuned to miss ordinary text: dates (2024-05-01, 01.05.2024),
/// times, years and year ranges, and numbers such as "5 steps", "1,000" or "1.000.000" are not
/// phone numbers. Spelt-out addresses ("sam at example dot org") are not found.
///
/// ```swift
/// PersonalData.find(in: "Call me on +44 20 7946 0958")   // [.phoneNumber]
/// PersonalData.find(in: "See step 5 of 12, 2024-05-01")  // []
/// ```
public enum PersonalData: String, Sendable, CaseIterable, Comparable {
    case emailAddress
    case phoneNumber

    /// "contains an email address", "contains a phone number".
    public var label: String {
        switch self {
        case .emailAddress: return "contains an email address"
        case .phoneNumber: return "contains a phone number"
        }
    }

    /// What `text` seems to contain, in the order of ``allCases``.
    public static func find(in text: String) -> [PersonalData] {
        let characters = Array(text)
        return allCases.filter { kind in
            switch kind {
            case .emailAddress: return containsEmailAddress(characters)
            case .phoneNumber: return containsPhoneNumber(characters)
            }
        }
    }

    public static func < (lhs: PersonalData, rhs: PersonalData) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public extension Comment {
    /// The personal data in what the commenter typed: the name and the message (not the
    /// private `email` field, which is never published).
    var personalData: [PersonalData] {
        PersonalData.find(in: name + "\n" + message)
    }
}
