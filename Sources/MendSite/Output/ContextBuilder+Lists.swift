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
            let crumbs = pagedCrumbs([(strings.text("home"), config.rootPath)], plan: plan)
            page["head_title"] = pagedHeadTitle(nil, plan: plan)
            page["breadcrumbs"] = breadcrumbs(crumbs)
            page["json_ld"] = .string(StructuredData(model: model).forList(breadcrumbs: crumbs))
        }
    }

    func fillSection(_ page: inout [String: TemplateValue], plan: PagePlan) {
        guard let section = plan.section, let list = plan.pagination else { return }
        let title = strings.text(section.rawValue)
        page["title"] = .string(title)
        page["head_title"] = pagedHeadTitle(title, plan: plan)
        page["description"] = .string(strings.text("section_description", ["section": title, "site": config.title]))
        page["section"] = ["name": .string(section.rawValue), "title": .string(title), "url": .string(list.url),
                           "is_guides": .bool(section == .guides), "is_posts": .bool(section == .posts)]
        fillList(&page, plan: plan, crumbs: [(strings.text("home"), config.rootPath), (title, list.url)])
    }

    func fillTag(_ page: inout [String: TemplateValue], plan: PagePlan) {
        guard let index = plan.index else { return }
        let tag = model.tags[index]
        page["title"] = .string(tag.name)
        page["head_title"] = pagedHeadTitle(strings.text("tagged", ["tag": tag.name]), plan: plan)
        page["description"] = .string(strings.text("tag_description", ["site": config.title, "tag": tag.name]))
        page["tag"] = ["name": .string(tag.name), "url": .string(tag.url)]
        fillList(&page, plan: plan, crumbs: [(strings.text("home"), config.rootPath), (strings.text("tags"), config.rootPath + "tags/"),
                                             (tag.name, tag.url)])
    }

    func fillTags(_ page: inout [String: TemplateValue]) {
        let title = strings.text("tags")
        page["title"] = .string(title)
        page["head_title"] = headTitle(title)
        let crumbs: [(title: String, url: String)] = [(strings.text("home"), config.rootPath), (title, config.rootPath + "tags/")]
        page["breadcrumbs"] = breadcrumbs(crumbs)
        page["all_tags"] = .list(model.tags.map {
            ["name": .string($0.name), "url": .string($0.url), "count": .number(Double($0.entries.count))]
        })
        page["json_ld"] = .string(StructuredData(model: model).forList(breadcrumbs: crumbs))
    }

    func fillNotFound(_ page: inout [String: TemplateValue]) {
        let title = strings.text("not_found")
        page["title"] = .string(title)
        page["head_title"] = headTitle(title)
        page["json_ld"] = .string(StructuredData(model: model).forList(breadcrumbs: [(strings.text("home"), config.rootPath)]))
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
