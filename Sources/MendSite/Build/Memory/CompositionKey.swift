/// What a guide's composition (``GuideComposition``) is made from: the article's and the
/// steps' parses, the steps' places among the entries and their numbers.
struct CompositionKey: Sendable, Equatable {
    let revisions: [Int]
    let entries: [Int]
    let numbers: [Int?]
    /// Where the members' links to other pages go (they move when those pages do).
    let links: [[String]]

    init(_ guide: Guide, in model: SiteModel) {
        entries = guide.members
        revisions = entries.map { model.entries[$0].file.revision }
        numbers = entries.map { model.entries[$0].stepNumber }
        links = entries.map { model.entries[$0].file }.filter(\.hasDeferredLinks)
            .map { $0.document.links + ($0.closingDocument?.links ?? []) }
    }
}
