import MendSite

/// What the preview tells the person running it, as it happens.
public enum PreviewMessage: Sendable, Equatable {
    /// The server listens at this address (the site's root there).
    case listening(address: String)
    /// The first build succeeded.
    case built(pages: Int, diagnostics: [Diagnostic], milliseconds: Int)
    /// A rebuild after these source files changed succeeded; this many output files changed.
    case updated(changed: [String], files: Int, diagnostics: [Diagnostic], milliseconds: Int)
    /// A build failed: the preview keeps serving the last good one.
    case failed(diagnostics: [Diagnostic], changed: [String], milliseconds: Int)
    /// Watching fell back to polling, and why.
    case polling(reason: String)
}
