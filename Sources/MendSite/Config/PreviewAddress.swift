/// Where a preview (`mend serve`) shows the site: its pages link to the local server
/// instead of the published address, and its comment forms post there.
///
/// ```swift
/// // base_url: https://example.org/blog/  ->  http://127.0.0.1:4000/blog/
/// let preview = PreviewAddress(origin: "http://127.0.0.1:4000", commentPath: "_mend/comments")
/// ```
public struct PreviewAddress: Sendable, Equatable {
    /// Scheme, host and port, without a path or a trailing slash: `http://127.0.0.1:4000`.
    public let origin: String
    /// Below the site's root path: where the comment forms post (only on a site whose
    /// site.yml has a `comments.endpoint`, so the preview shows the forms production shows).
    public let commentPath: String

    public init(origin: String, commentPath: String) {
        self.origin = origin.hasSuffix("/") ? String(origin.dropLast()) : origin
        self.commentPath = commentPath
    }

    /// `config` with `base_url`'s scheme, host and port replaced (its path kept, so a site
    /// published under `/blog/` is previewed under `/blog/`) and the comment endpoint, if any,
    /// pointed at the preview.
    func apply(to config: inout SiteConfig) {
        let root = config.rootPath
        config.baseURL = origin + root
        if config.comments.endpoint != nil { config.comments.endpoint = origin + root + commentPath }
    }
}
