import MendSite

/// Why a comment could not be found, listed, added or changed. Each description is one
/// sentence that says what to do; ``line`` is how the command line prints it.
public enum CommentStoreError: Error, Equatable, CustomStringConvertible {
    /// No comment has the id (on the page, when one was given).
    case unknownID(String, page: String?)
    /// The id is used on several pages; `--page` must choose.
    case ambiguousID(String, pages: [String])
    /// The site's config or content does not load.
    case siteHasErrors([Diagnostic])
    /// No published page has the path; the pages that take comments, for the message.
    case unknownPage(String, commentable: [String])
    /// The page exists but its kind has no comments section.
    case pageTakesNoComments(String, kind: ContentKind)
    /// `comments: enabled: false` in site.yml.
    case commentsDisabled
    /// The page's comments are closed (front matter or `close_after_days`); the reason, for the message.
    case commentsClosed(String, reason: String)
    /// `--email` is not an email address; the problem, for the message.
    case invalidEmail(String, problem: String)
    /// `--url` is not an http or https address.
    case refusedURL(String)
    /// `--parent` names no comment on the page.
    case unknownParent(String, page: String)
    /// The comment form's hidden honeypot field was filled in, as only robots do.
    case honeypotFilled
    /// The new comment breaks a rule (too long, not a date, not an http address, …).
    case invalidComment([String])
    /// The comment file has problems, so it cannot be approved (or edited safely).
    case unreadable(String, [Diagnostic])
    /// The edited file would not read back as the same comment with the new status.
    case unsafeEdit(String)
    /// Every id tried was taken.
    case noFreeID(String)
    /// The file system refused: the path, and what could not be done and why
    /// (`cannot create the folder: permission denied`).
    case io(String, String)

    public var description: String {
        switch self {
        case .unknownID(let id, let page):
            return "no comment has the id '\(id)'\(page.map { " on the page '\($0)'" } ?? ""): "
                + "see `mend comments list` for the ids"
        case .ambiguousID(let id, let pages):
            return "the id '\(id)' is used on \(pages.count) pages (\(pages.joined(separator: ", "))): "
                + "choose one with --page"
        case .siteHasErrors(let diagnostics):
            return "the site does not load (fix these first):\n"
                + diagnostics.map(\.description).joined(separator: "\n")
        case .unknownPage(let page, let commentable):
            return "there is no published page '\(page)': pages that take comments are "
                + (commentable.isEmpty ? "none" : commentable.joined(separator: ", "))
        case .pageTakesNoComments(let page, let kind):
            return "'\(page)' is a \(kind.rawValue), which has no comments section: only guides, steps and posts do"
        case .commentsDisabled:
            return "comments are turned off in content/site.yml (comments: enabled: false)"
        case .commentsClosed(let page, let reason):
            return "'\(page)' takes no new comments: \(reason); nothing was written"
        case .invalidEmail(let email, let problem):
            return "--email '\(CommentListFormat.terminalSafe(email))' is not an email address: \(problem); write it as name@example.org"
        case .refusedURL(let url):
            return "--url '\(CommentListFormat.terminalSafe(url))' was refused: a website must be an http:// or https:// address, "
                + "such as https://example.org/; nothing was written"
        case .unknownParent(let parent, let page):
            return "--parent '\(parent)' is not a comment on '\(page)': see `mend comments list --page \(page)`"
        case .honeypotFilled:
            return "the form's hidden field was filled in, as only spam robots do; nothing was written"
        case .invalidComment(let problems):
            return "the comment was not written:\n" + problems.map { "  \($0)" }.joined(separator: "\n")
        case .unreadable(let path, let diagnostics):
            return "\(path) has problems, so it was left as it is: fix them by hand first\n"
                + diagnostics.map(\.description).joined(separator: "\n")
        case .unsafeEdit(let path):
            return "\(path) could not be changed safely (its status line is unusual): edit it by hand"
        case .noFreeID(let page):
            return "could not find a free comment id on '\(page)': try again"
        case .io(let path, let reason):
            return "\(path): error: \(reason)"
        }
    }

    /// The error as `mend comments` prints it: `path: error: …` when it is about one file,
    /// `error: …` otherwise.
    public var line: String {
        if case .io = self { return description }
        return "error: \(description)"
    }
}
