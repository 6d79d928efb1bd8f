/// What the render stage made, kept between builds so that the next one renders only the
/// files whose inputs changed: each entry's facts, each output file's inputs, each guide's
/// composition, and the sitemap's lines. It keeps no page's bytes: a file that is not
/// rendered again is the same file as before.
struct RenderMemory: Sendable {
    var globals: RenderGlobals?
    /// By content path.
    var facts: [String: EntryFacts] = [:]
    /// By output path: pages, and the feed.
    var files: [String: PageInputs] = [:]
    /// By the guide article's content path.
    var compositions: [String: GuideComposition] = [:]
    var sitemap: [SitemapPage]?
    /// Assets by output path, as last copied (bytes are the sources' own buffers, so nothing extra).
    var assets: [String: OutputFile] = [:]
}
