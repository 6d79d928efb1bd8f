/// Everything about one entry that a page showing it can read (its own page, a list, a
/// similar-posts card, a guide's step list, the feed), as values that are cheap to compare.
/// Two builds with equal facts for an entry show it the same way everywhere.
struct EntryFacts: Sendable, Equatable {
    /// Which parse made its content file (``ContentFile/revision``): front matter, HTML, text.
    let revision: Int
    let url: String
    let stepNumber: Int?
    /// For a guide or a step: the guide's article, then its steps (their count and order).
    let guide: [String]
    /// Each tag's name and URL, in order.
    let tags: [String]
    /// The content paths of its similar pages, best first.
    let similar: [String]
    let comments: PageComments?
    /// Where its links to other pages (``SiteModel/resolveLinks(isContentFile:diagnostics:)``) go.
    let links: [String]

    init(_ index: Int, in model: SiteModel) {
        let entry = model.entries[index]
        revision = entry.file.revision
        url = entry.url
        stepNumber = entry.stepNumber
        guide = entry.guideIndex.map { model.guides[$0].members.map { model.entries[$0].file.path } } ?? []
        tags = entry.tagIndexes.flatMap { [model.tags[$0].name, model.tags[$0].url] }
        similar = model.similar[index].map { model.entries[$0].file.path }
        comments = model.pageComments[index]
        links = entry.file.hasDeferredLinks ? entry.file.document.links + (entry.file.closingDocument?.links ?? []) : []
    }
}
