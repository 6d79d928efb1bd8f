/// The paginated list pages: home, the sections and the tags.
extension PagePlan {
    /// The home page lists the posts (the guides, few and central, stay on its page 1);
    /// each section and each tag lists its entries. An empty section or tag has no page;
    /// the home page always has its first.
    static func listPages(for model: SiteModel) -> [PagePlan] {
        let config = model.config
        let root = config.rootPath
        let home = Pagination(url: root, folder: "", itemCount: model.posts.count, perPage: config.paginate)
        var plans = pages(of: home, kind: .home, index: nil)
        for section in ListSection.allCases {
            let count = section.entries(in: model).count
            guard count > 0 else { continue }
            let pagination = Pagination(url: root + section.folder, folder: section.folder, itemCount: count,
                                        perPage: config.paginate)
            plans += pages(of: pagination, kind: .section, index: nil).map { plan in
                var plan = plan
                plan.section = section
                return plan
            }
        }
        for (index, tag) in model.tags.enumerated() {
            let folder = String(tag.outputPath.dropLast("index.html".count))
            let pagination = Pagination(url: tag.url, folder: folder, itemCount: tag.entries.count, perPage: config.paginate)
            plans += pages(of: pagination, kind: .tag, index: index)
        }
        return plans
    }

    /// The entries of the whole list this page is a page of (indexes into ``SiteModel/entries``).
    func listEntries(in model: SiteModel) -> [Int] {
        switch kind {
        case .home: return model.posts
        case .section: return section?.entries(in: model) ?? []
        case .tag: return index.map { model.tags[$0].entries } ?? []
        default: return []
        }
    }

    /// The entries this page shows, in order.
    func entriesOnPage(in model: SiteModel) -> ArraySlice<Int> {
        let all = listEntries(in: model)
        guard let pagination else { return all[...] }
        return all[pagination.items(onPage: pageNumber)]
    }
}

private extension PagePlan {
    static func pages(of pagination: Pagination, kind: Kind, index: Int?) -> [PagePlan] {
        pagination.pageNumbers.map { number in
            var plan = PagePlan(kind: kind, index: index, url: pagination.url(ofPage: number),
                                outputPath: pagination.outputPath(ofPage: number))
            plan.pagination = pagination
            plan.pageNumber = number
            return plan
        }
    }
}
