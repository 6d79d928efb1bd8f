import MendTemplates

/// `page.pagination` of list pages, and the titles and breadcrumbs of their pages 2 and on.
extension ContextBuilder {
    /// `{number, count, label, is_first, is_last, has_pages, previous_url, next_url,
    /// first_url, last_url, item_count, first_item, last_item, pages}`; `null` on a page
    /// that is no list.
    func pagination(of plan: PagePlan) -> TemplateValue {
        guard let list = plan.pagination else { return nil }
        return pagination(list, page: plan.pageNumber)
    }

    /// The same for any ``Pagination``; `fragment` ends every link (`#comments`).
    func pagination(_ list: Pagination, page number: Int, fragment: String = "") -> TemplateValue {
        let count = list.pageCount
        let items = list.items(onPage: number)
        return [
            "number": .number(Double(number)), "count": .number(Double(count)),
            "label": .string(pageLabel(number, of: count)),
            "is_first": .bool(number == 1), "is_last": .bool(number == count), "has_pages": .bool(count > 1),
            "previous_url": number > 1 ? .string(list.url(ofPage: number - 1) + fragment) : nil,
            "next_url": number < count ? .string(list.url(ofPage: number + 1) + fragment) : nil,
            "first_url": .string(list.url(ofPage: 1) + fragment), "last_url": .string(list.url(ofPage: count) + fragment),
            "item_count": .number(Double(list.itemCount)),
            "first_item": .number(Double(items.isEmpty ? 0 : items.lowerBound + 1)),
            "last_item": .number(Double(items.upperBound)),
            "pages": .list(list.window(around: number).map { link($0, in: list, current: number, fragment: fragment) }),
        ]
    }

    /// "Page 2 of 5".
    func pageLabel(_ number: Int, of count: Int) -> String {
        strings.text("page_of", ["number": String(number), "total": String(count)])
    }

    /// `<title>`: "Title · Site" on page 1; "Title — Page 2 of 5 · Site" after it (without
    /// a title, as the home page: "Page 2 of 5 · Site"), so that every page's title is its own.
    func pagedHeadTitle(_ title: String?, plan: PagePlan) -> TemplateValue {
        guard let list = plan.pagination, plan.pageNumber > 1 else { return title.map(headTitle) ?? .string(config.title) }
        let label = pageLabel(plan.pageNumber, of: list.pageCount)
        return headTitle(title.map { "\($0) — \(label)" } ?? label)
    }

    /// The list's breadcrumbs, with "Page 2 of 5" after them on pages 2 and on.
    func pagedCrumbs(_ crumbs: [(title: String, url: String)], plan: PagePlan) -> [(title: String, url: String)] {
        guard let list = plan.pagination, plan.pageNumber > 1 else { return crumbs }
        return crumbs + [(pageLabel(plan.pageNumber, of: list.pageCount), plan.url)]
    }
}

private extension ContextBuilder {
    /// `{number, url, is_current, is_gap}`; a gap (pages left out) has `null` number and url.
    func link(_ number: Int?, in list: Pagination, current: Int, fragment: String) -> TemplateValue {
        guard let number else { return ["number": nil, "url": nil, "is_current": false, "is_gap": true] }
        return ["number": .number(Double(number)), "url": .string(list.url(ofPage: number) + fragment),
                "is_current": .bool(number == current), "is_gap": false]
    }
}
