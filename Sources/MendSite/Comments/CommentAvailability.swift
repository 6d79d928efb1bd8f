/// Whether a page takes new comments, and if not, why: decided once, in
/// ``SiteModel/commentAvailability(of:reference:)``, for the build's form and for
/// `mend comments add` alike.
public enum CommentAvailability: Sendable, Equatable {
    /// The form is shown.
    case open
    /// The page's kind has no comments section (only guides, steps and posts have one).
    case noCommentsSection(ContentKind)
    /// `comments: enabled: false` in site.yml.
    case disabled
    /// `comments: closed` (or `false`) in the page's front matter.
    case closedInFrontMatter
    /// `close_after_days` days have passed from the page's date to the reference date.
    case closedAfterDays(Int, pageDate: ContentDate, reference: ContentDate)

    public var isOpen: Bool { self == .open }

    /// Why the page takes no comments, for messages; `nil` when it does.
    public var reason: String? {
        switch self {
        case .open:
            return nil
        case .noCommentsSection(let kind):
            return "it is a \(kind.rawValue), which has no comments section: only guides, steps and posts do"
        case .disabled:
            return "comments are turned off in content/site.yml (comments: enabled: false)"
        case .closedInFrontMatter:
            return "its comments are closed (`comments: closed` in its front matter)"
        case .closedAfterDays(let days, let pageDate, let reference):
            return "its comments closed \(days) days after its date, \(pageDate.iso) "
                + "(close_after_days in content/site.yml, counted to \(reference.iso), "
                + "the newest date in the content and approved comments)"
        }
    }
}
