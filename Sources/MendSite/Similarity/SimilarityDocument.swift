/// One page as the "Similar posts" engine sees it: its tags, its plain text and
/// what decides the order among equally similar pages.
public struct SimilarityDocument: Sendable, Hashable {
    /// Unique among the documents, e.g. the page's URL path. The last tie-breaker
    /// (ascending), so it must be unique for the order to be fully defined.
    public let key: String
    /// The page's tags. Compared case-insensitively, ignoring surrounding spaces;
    /// a tag listed twice counts once.
    public let tags: [String]
    /// The page's plain text in parts (title, summary, body, …), no markup, read as if
    /// joined by blank lines: kept apart so that a site's texts are not copied to be joined.
    public let textParts: [String]
    /// The page's date as an ISO 8601 string (`2024-05-01`), compared as a string:
    /// among equally similar pages the newer comes first, and pages without a date last.
    public let date: String?
    /// Whether the page may be suggested. Drafts and the like are `false`: they are
    /// never suggested, but still receive suggestions of their own.
    public let isCandidate: Bool

    /// Creates a document.
    /// - Parameters:
    ///   - key: Unique key, e.g. the page's URL path; the final tie-breaker.
    ///   - tags: The page's tags.
    ///   - text: The page's plain text (title, summary and body).
    ///   - date: ISO 8601 date (`2024-05-01`), or `nil` when the page has none.
    ///   - isCandidate: `false` for pages that must never be suggested (drafts).
    public init(key: String, tags: [String] = [], text: String, date: String? = nil, isCandidate: Bool = true) {
        self.init(key: key, tags: tags, textParts: [text], date: date, isCandidate: isCandidate)
    }

    /// Creates a document whose text comes in parts, compared as if joined by blank lines.
    public init(key: String, tags: [String] = [], textParts: [String], date: String? = nil, isCandidate: Bool = true) {
        self.key = key
        self.tags = tags
        self.textParts = textParts
        self.date = date
        self.isCandidate = isCandidate
    }

    /// The parts joined by blank lines.
    public var text: String { textParts.joined(separator: "\n\n") }
}
