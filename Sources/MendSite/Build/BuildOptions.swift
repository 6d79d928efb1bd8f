/// What `mend build` was asked for.
public struct BuildOptions: Sendable, Equatable {
    /// Publish pages marked `draft: true` (`--drafts`).
    public var includeDrafts: Bool
    /// Replaces site.yml's `base_url` (`--base-url`).
    public var baseURL: String?
    /// The date the build counts from for `comments.close_after_days` (`--now`); without
    /// one, the newest date in the content and comments. Never the clock.
    public var now: ContentDate?
    /// Warnings fail the build too (`--strict`): for CI, so a misspelt key never reaches readers.
    public var strict: Bool
    /// At most this many pieces of work at once (`--jobs`); `nil`: one per core. The output
    /// is the same for every value.
    public var jobs: Int?
    /// The local addresses a preview (`mend serve`) publishes at: the site's own and its
    /// comment form's, in place of site.yml's; `nil` for a build to publish.
    public var preview: PreviewAddress?

    public init(includeDrafts: Bool = false, baseURL: String? = nil, now: ContentDate? = nil, strict: Bool = false,
                jobs: Int? = nil, preview: PreviewAddress? = nil) {
        self.jobs = jobs
        self.preview = preview
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.now = now
        self.strict = strict
    }
}
