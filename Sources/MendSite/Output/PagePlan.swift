/// One HTML page of the output: what it shows and where it goes.
struct PagePlan: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case home, guide, step, post, page, tags, tag, section
        /// Page 2 and on of a guide's, step's or post's comments.
        case comments
        case notFound = "not-found"
    }

    let kind: Kind
    /// Index into ``SiteModel/entries`` for a content page and its comment pages; into
    /// ``SiteModel/tags`` for a tag page.
    let index: Int?
    let url: String
    let outputPath: String
    /// For a list page (home, section, tag): the list it is a page of.
    var pagination: Pagination?
    /// For a list page: which of its list's pages it is, from 1; for a content page and
    /// its comment pages, which page of its comments.
    var pageNumber = 1
    /// For a content page whose comment threads fill more than one page, and those pages.
    var commentPages: Pagination?
    /// For a content page: its front matter's `layout`, the template that renders it instead of its kind's.
    var layout: String?
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
        if let layout { return layout }
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
            var plan = PagePlan(kind: kind, index: index, url: entry.url, outputPath: entry.outputPath)
            plan.commentPages = commentPages(of: index, in: model)
            plan.layout = entry.frontMatter.layout
            plans.append(plan)
            guard let pages = plan.commentPages else { continue }
            for number in pages.pageNumbers.dropFirst() {
                var page = PagePlan(kind: .comments, index: index, url: pages.url(ofPage: number),
                                    outputPath: pages.outputPath(ofPage: number))
                page.commentPages = pages
                page.pageNumber = number
                plans.append(page)
            }
        }
        plans += listPages(for: model)
        if !model.tags.isEmpty {
            plans.append(PagePlan(kind: .tags, index: nil, url: root + "tags/", outputPath: "tags/index.html"))
        }
        return plans.sorted { $0.outputPath < $1.outputPath }
    }

    /// The pages of an entry's comment threads, when they fill more than one.
    static func commentPages(of index: Int, in model: SiteModel) -> Pagination? {
        // A model whose comments were never attached (tests of the lists alone) has none.
        guard model.pageComments.indices.contains(index), let comments = model.pageComments[index] else { return nil }
        let perPage = model.config.comments.perPage
        guard comments.threads.count > perPage else { return nil }
        let entry = model.entries[index]
        return .comments(of: entry.url, folder: String(entry.outputPath.dropLast("index.html".count)),
                         threadCount: comments.threads.count, perPage: perPage)
    }

    /// The comment threads this page shows: a slice of its entry's threads.
    func commentThreads(in model: SiteModel) -> ArraySlice<CommentNode> {
        guard let index, model.pageComments.indices.contains(index), let comments = model.pageComments[index] else { return [] }
        guard let commentPages else { return comments.threads[...] }
        return comments.threads[commentPages.items(onPage: pageNumber)]
    }
}
