import MendTemplates

/// The `page` keys of the home page, the tag pages and the 404 page.
extension ContextBuilder {
    func fillHome(_ page: inout [String: TemplateValue]) {
        page["title"] = .string(config.title)
        page["guides"] = .list(model.guidesByDate.map { item(model.guides[$0].article) })
        page["posts"] = .list(model.posts.map(item))
        page["has_guides"] = .bool(!model.guides.isEmpty)
        page["has_posts"] = .bool(!model.posts.isEmpty)
        page["json_ld"] = .string(StructuredData(model: model).forHome())
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

    func fillTag(_ page: inout [String: TemplateValue], index: Int) {
        let tag = model.tags[index]
        page["title"] = .string(tag.name)
        page["head_title"] = headTitle("Tagged “\(tag.name)”")
        page["description"] = .string("Everything on \(config.title) tagged “\(tag.name)”.")
        let crumbs: [(title: String, url: String)] = [("Home", config.rootPath), ("Tags", config.rootPath + "tags/"),
                                                      (tag.name, tag.url)]
        page["breadcrumbs"] = breadcrumbs(crumbs)
        page["tag"] = ["name": .string(tag.name), "url": .string(tag.url)]
        page["items"] = .list(tag.entries.map(item))
        page["json_ld"] = .string(StructuredData(model: model).forList(breadcrumbs: crumbs))
    }

    func fillNotFound(_ page: inout [String: TemplateValue]) {
        page["title"] = "Page not found"
        page["head_title"] = headTitle("Page not found")
        page["json_ld"] = .string(StructuredData(model: model).forList(breadcrumbs: [("Home", config.rootPath)]))
    }
}
