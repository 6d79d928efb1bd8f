/// What `mend build` was asked for.
public struct BuildOptions: Sendable, Equatable {
    /// Publish pages marked `draft: true` (`--drafts`).
    public var includeDrafts: Bool
    /// Replaces site.yml's `base_url` (`--base-url`).
    public var baseURL: String?

    public init(includeDrafts: Bool = false, baseURL: String? = nil) {
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
    }
}
