/// What one output file is made from, besides what every page shares (``RenderGlobals``):
/// the entries it reads (by content path) and the numbers and texts of its own it shows.
/// A file whose inputs are equal to the last build's, none of whose entries' facts changed,
/// renders to the same bytes, so it is not rendered again.
struct PageInputs: Sendable, Equatable {
    let template: String
    /// Content paths of the entries it reads, in the order it reads them.
    let reads: [String]
    let numbers: [Int]
    let texts: [String]
    /// The same entries as indexes into this build's ``SiteModel/entries`` (not compared:
    /// indexes shift from build to build).
    let readIndexes: [Int]

    init(template: String, readIndexes: [Int] = [], in model: SiteModel, numbers: [Int] = [], texts: [String] = []) {
        self.template = template
        self.readIndexes = readIndexes
        reads = readIndexes.map { model.entries[$0].file.path }
        self.numbers = numbers
        self.texts = texts
    }

    static func == (lhs: PageInputs, rhs: PageInputs) -> Bool {
        (lhs.template, lhs.numbers, lhs.texts) == (rhs.template, rhs.numbers, rhs.texts) && lhs.reads == rhs.reads
    }

    /// The inputs of a page of the site, from what ``ContextBuilder`` reads for it.
    init(_ plan: PagePlan, in model: SiteModel) {
        let listShape = plan.pagination.map { [plan.pageNumber, $0.pageCount, $0.itemCount] } ?? []
        switch plan.kind {
        case .guide, .step, .post, .page, .comments:
            let index = plan.index!
            let entry = model.entries[index]
            let guide = entry.guideIndex.map { model.guides[$0].members } ?? []
            let commentShape = plan.commentPages.map { [plan.pageNumber, $0.pageCount] } ?? []
            self.init(template: plan.template, readIndexes: Array([index] + model.similar[index] + guide),
                      in: model, numbers: [model.similar[index].count] + commentShape)
        case .home:
            let guides = plan.pageNumber == 1 ? model.guidesByDate.map { model.guides[$0].article } : []
            self.init(template: plan.template, readIndexes: Array(guides + plan.entriesOnPage(in: model)),
                      in: model, numbers: listShape + [guides.count, model.posts.count])
        case .section:
            self.init(template: plan.template, readIndexes: Array(plan.entriesOnPage(in: model)), in: model, numbers: listShape,
                      texts: [plan.section?.rawValue ?? ""])
        case .tag:
            let tag = plan.index.map { model.tags[$0] }
            self.init(template: plan.template, readIndexes: Array(plan.entriesOnPage(in: model)), in: model, numbers: listShape,
                      texts: [tag?.name ?? "", tag?.url ?? ""])
        case .tags:
            self.init(template: plan.template, in: model, numbers: model.tags.map(\.entries.count),
                      texts: model.tags.flatMap { [$0.name, $0.url] })
        case .notFound:
            self.init(template: plan.template, in: model)
        }
    }
}
