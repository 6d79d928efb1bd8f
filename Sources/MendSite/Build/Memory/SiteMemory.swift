/// The last successful build's site, by position: its model, every page's plan, which
/// pages read each entry, and what the render stage shares between pages. An edit that
/// moves nothing (a body, a summary, a title that changes no list's order) is applied to
/// it in place (``SiteBuilder/patch(_:memory:observe:)``): the edited entries, the similar
/// posts their texts change, and the pages that read any of them, nothing else. Positions
/// stay valid because such an edit adds, removes and reorders nothing; any other edit
/// takes the full path, which makes a new one.
struct SiteMemory: Sendable {
    var model: SiteModel
    let theme: Theme
    let loader: ContentLoader
    let themeRevision: Int
    /// Each published entry's index in ``SiteModel/entries``, by content path.
    let entryIndex: [String: Int]
    /// Every page, in output-path order.
    let plans: [PagePlan]
    /// For each plan, the entries it reads (``PageInputs/readIndexes``).
    var reads: [[Int]]
    /// For each entry, the plans (indexes into `plans`) that read it.
    var readers: [[Int]]
    /// The entries the feed carries, and every entry it reads (a guide's steps included).
    let feedItems: [Int]
    var feedReads: Set<Int>
    /// Guides and posts, newest first (``SiteModel/isNewer(_:than:)``): the feed's order.
    let timeline: [Int]
    /// Each guide's composed steps, by guide index.
    var compositions: [GuideComposition]
    let supportHTML: String?
    /// The build's result without its files: every output path, the diagnostics.
    let result: BuildResult
}

extension SiteMemory {
    init(model: SiteModel, theme: Theme, loader: ContentLoader, themeRevision: Int, rendered: PageRenderer.Output,
         result: BuildResult) {
        self.init(model: model, theme: theme, loader: loader, themeRevision: themeRevision,
                  entryIndex: Dictionary(uniqueKeysWithValues: model.entries.enumerated().map { ($1.file.path, $0) }),
                  plans: rendered.plans, reads: rendered.reads, readers: rendered.readers, feedItems: rendered.feedItems, feedReads: rendered.feedReads,
                  timeline: rendered.timeline, compositions: rendered.compositions, supportHTML: rendered.supportHTML,
                  result: BuildResult(files: [], outputPaths: result.outputPaths, diagnostics: result.diagnostics,
                                      pageCount: result.pageCount, strict: result.strict, rootPath: result.rootPath))
    }
}
