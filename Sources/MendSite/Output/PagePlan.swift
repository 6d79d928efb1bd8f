/// One HTML page of the output: what it shows and where it goes.
struct PagePlan: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case home, guide, step, post, page, tags, tag, section
        case notFound = "not-found"
    }

    let kind: Kind
    /// Index into ``SiteModel/entries`` for a content page; into ``SiteModel/tags`` for a tag page.
    let index: Int?
    let url: String
    let outputPath: String
    /// For a list page (home, section, tag): the list it is a page of.
    var pagination: Pagination?
    /// For a list page: which of its list's pages it is, from 1.
    var pageNumber = 1
    /// For a section page: which section.
    var section: ListSection?

    init(kind: Kind, index: Int?, url: String, outputPath: String) {
        self.kind = kind
        self.index = index
        self.url = url
        self.outputPath = outputPath
    }

    /// The theme template that renders it.
    var template: String {
        switch kind {
        case .notFound: return "404"
        default: return kind.rawValue
        }
    }

    /// Every page of the site, in output-path order.
    static func all(for model: SiteModel) -> [PagePlan] {
        let root = model.config.rootPath
        var plans = [PagePlan(kind: .notFound, index: nil, url: root + "404.html", outputPath: "404.html")]
        for (index, entry) in model.entries.enumerated() {
            let kind: Kind = switch entry.kind {
            case .guide: .guide
            case .step: .step
            case .post: .post
            case .page: .page
            }
            plans.append(PagePlan(kind: kind, index: index, url: entry.url, outputPath: entry.outputPath))
        }
        plans += listPages(for: model)
        if !model.tags.isEmpty {
            plans.append(PagePlan(kind: .tags, index: nil, url: root + "tags/", outputPath: "tags/index.html"))
        }
        return plans.sorted { $0.outputPath < $1.outputPath }
    }
}
