import MendTemplates

/// The `page` keys of the home page, the section and tag pages, the tags page and the 404 page.
extension ContextBuilder {
    /// Page 1 shows the site's introduction, every guide and the newest posts; pages 2 and
    /// on (`/page/2/`) only the posts that follow.
    func fillHome(_ page: inout [String: TemplateValue], plan: PagePlan) {
        let isFirst = plan.pageNumber == 1
        let guides = isFirst ? model.guidesByDate.map { model.guides[$0].article } : []
        page["title"] = .string(config.title)
        page["guides"] = .list(guides.map(item))
        page["posts"] = .list(plan.entriesOnPage(in: model).map(item))
        page["has_guides"] = .bool(!guides.isEmpty)
        page["has_posts"] = .bool(!model.posts.isEmpty)
        page["pagination"] = pagination(of: plan)
        if isFirst {
            page["json_ld"] = .string(StructuredData(model: model).forHome())
        } else {
            let crumbs = pagedCrumbs([("Home", config.rootPath)], plan: plan)
            page["head_title"] = pagedHeadTitle(nil, plan: plan)
            page["breadcrumbs"] = breadcrumbs(crumbs)
            page["json_ld"] = .string(StructuredData(model: model).forList(breadcrumbs: crumbs))
        }
    }

    func fillSection(_ page: inout [String: TemplateValue], plan: PagePlan) {
        guard let section = plan.section, let list = plan.pagination else { return }
        page["title"] = .string(section.title)
        page["head_title"] = pagedHeadTitle(section.title, plan: plan)
        page["description"] = .string("\(section.title) on \(config.title), newest first.")
        page["section"] = ["name": .string(section.rawValue), "title": .string(section.title), "url": .string(list.url),
                           "is_guides": .bool(section == .guides), "is_posts": .bool(section == .posts)]
        fillList(&page, plan: plan, crumbs: [("Home", config.rootPath), (section.title, list.url)])
    }

    func fillTag(_ page: inout [String: TemplateValue], plan: PagePlan) {
        guard let index = plan.index else { return }
        let tag = model.tags[index]
        page["title"] = .string(tag.name)
        page["head_title"] = pagedHeadTitle("Tagged “\(tag.name)”", plan: plan)
        page["description"] = .string("Everything on \(config.title) tagged “\(tag.name)”.")
        page["tag"] = ["name": .string(tag.name), "url": .string(tag.url)]
        fillList(&page, plan: plan, crumbs: [("Home", config.rootPath), ("Tags", config.rootPath + "tags/"), (tag.name, tag.url)])
    }

    func fillTags(_ page: inout [String: TemplateValue]) {
        page["title"] = "Tags"
        page["head_title"] = headTitle("Tags")
        let crumbs: [(title: String, url: String)] = [("Home", config.rootPath), ("Tags", config.rootPath + "tags/")]
        page["breadcrumbs"] = breadcrumbs(crumbs)
        page["all_tags"] = .list(model.tags.map {
            ["name": .string($0.name), "url": .string($0.url), "count": .number(Double($0.entries.count))]
        })
        page["json_ld"] = .string(StructuredData(model: model).forList(breadcrumbs: crumbs))
    }

    func fillNotFound(_ page: inout [String: TemplateValue]) {
        page["title"] = "Page not found"
        page["head_title"] = headTitle("Page not found")
        page["json_ld"] = .string(StructuredData(model: model).forList(breadcrumbs: [("Home", config.rootPath)]))
    }
}

private extension ContextBuilder {
    /// `items`, `pagination`, `breadcrumbs` and `json_ld` of a section or tag page.
    func fillList(_ page: inout [String: TemplateValue], plan: PagePlan, crumbs: [(title: String, url: String)]) {
        let crumbs = pagedCrumbs(crumbs, plan: plan)
        page["items"] = .list(plan.entriesOnPage(in: model).map(item))
        page["pagination"] = pagination(of: plan)
        page["breadcrumbs"] = breadcrumbs(crumbs)
        page["json_ld"] = .string(StructuredData(model: model).forList(breadcrumbs: crumbs))
    }
}
