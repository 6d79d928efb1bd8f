/// One reader comment, from `content/comments/<page path>/<id>.yml`.
public struct Comment: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case approved, pending, spam
    }

    public let id: String
    /// The id of the comment this one replies to.
    public let parent: String?
    public let name: String
    /// Never written to any output, in any form (plain, md5 or sha256 as stored).
    public let email: String?
    /// http or https only.
    public let url: String?
    public let date: ContentDate
    /// Markdown, rendered in safe mode.
    public let message: String
    public let status: Status
    /// The page it belongs to: its URL path without the site's prefix or slashes
    /// (`guides/rebuilding-trust/acknowledge-the-pain`).
    public let pagePath: String
    /// The file it came from.
    public let path: String
    /// Where the parent was written, for diagnostics about it.
    public let parentLocation: SourceLocation?

    /// Limits on fields, as WordPress has them.
    public static let limits: [String: Int] = ["name": 245, "email": 100, "url": 200, "message": 65_536]
}
