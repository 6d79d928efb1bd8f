/// A tag and the entries that carry it.
public struct TagGroup: Sendable {
    /// As first written in front matter (in path order of the files).
    public let name: String
    public let slug: String
    /// `/tags/<slug>/`, with the site's path prefix.
    public let url: String
    public let outputPath: String
    /// Indexes into ``SiteModel/entries``, newest first.
    public var entries: [Int]
}
