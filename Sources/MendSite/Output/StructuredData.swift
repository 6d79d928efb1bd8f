import MendMarkdown

/// schema.org JSON-LD for a page's head: `Article`, `BreadcrumbList`, and for a guide a
/// `HowTo` with one `HowToStep` per step, from the same numbering the page shows.
struct StructuredData {
    let model: SiteModel

    /// The JSON-LD text for an entry's page.
    func forEntry(_ index: Int, breadcrumbs: [(title: String, url: String)], wordCount: Int,
                  messages: CommentMessages) -> String {
        let entry = model.entries[index]
        var graph: [JSON] = [article(entry, wordCount: wordCount, comments: model.pageComments[index], messages: messages),
                             breadcrumbList(breadcrumbs)]
        if entry.kind == .guide, let guide = entry.guideIndex, !model.guides[guide].steps.isEmpty {
            graph.append(howTo(model.guides[guide]))
        }
        return document(graph)
    }

    /// The JSON-LD text for page 2 and on of an entry's comments: a `WebPage` about the
    /// entry's article, with the comments it shows, and its breadcrumbs.
    func forComments(of index: Int, pageURL: String, title: String, breadcrumbs: [(title: String, url: String)],
                     messages: CommentMessages) -> String {
        let permalink = model.config.absolute(model.entries[index].url)
        let page: JSON = .object([
            ("@type", .string("WebPage")), ("url", .string(model.config.absolute(pageURL))), ("name", .string(title)),
            ("inLanguage", .string(model.config.language)), ("about", .object([("@id", .string(permalink + "#article"))])),
            ("comment", comments(messages, on: pageURL)),
        ])
        return document([page, breadcrumbList(breadcrumbs)])
    }

    /// The JSON-LD text for the home page: the `WebSite`.
    func forHome() -> String {
        let config = model.config
        var site: [(String, JSON)] = [("@type", .string("WebSite")), ("name", .string(config.title)),
                                      ("url", .string(config.baseURL)), ("inLanguage", .string(config.language))]
        if !config.description.isEmpty { site.append(("description", .string(config.description))) }
        return document([.object(site)])
    }

    /// The JSON-LD text for a list page: just its breadcrumbs.
    func forList(breadcrumbs: [(title: String, url: String)]) -> String {
        document([breadcrumbList(breadcrumbs)])
    }
}

private extension StructuredData {
    func document(_ graph: [JSON]) -> String {
        JSON.object([("@context", .string("https://schema.org")), ("@graph", .array(graph))]).serialized()
    }

    func article(_ entry: Entry, wordCount: Int, comments: PageComments?, messages: CommentMessages) -> JSON {
        let config = model.config
        let permalink = config.absolute(entry.url)
        var members: [(String, JSON)] = [
            ("@type", .string(entry.kind == .post ? "BlogPosting" : "Article")),
            ("@id", .string(permalink + "#article")),
            ("headline", .string(entry.title)),
            ("url", .string(permalink)),
            ("mainEntityOfPage", .string(permalink)),
            ("inLanguage", .string(config.language)),
            ("wordCount", .number(wordCount)),
        ]
        if let summary = entry.frontMatter.summary { members.append(("description", .string(summary))) }
        if let image = model.coverImageURL(of: entry) { members.append(("image", .string(image))) }
        if let date = entry.frontMatter.date { members.append(("datePublished", .string(date.iso))) }
        if let modified = entry.lastModified { members.append(("dateModified", .string(modified.iso))) }
        members.append(("author", author))
        members.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(config.title)),
                                               ("url", .string(config.baseURL))])))
        let keywords = entry.tagIndexes.map { model.tags[$0].name }
        if !keywords.isEmpty { members.append(("keywords", .array(keywords.map(JSON.string)))) }
        if let comments {
            members.append(("commentCount", .number(comments.count)))
            if !messages.shown.isEmpty { members.append(("comment", self.comments(messages, on: entry.url))) }
        }
        return .object(members)
    }

    /// The comments a page shows, each a schema.org `Comment` named by its anchor on that page.
    func comments(_ messages: CommentMessages, on pageURL: String) -> JSON {
        .array(messages.shown.map { comment($0, text: messages[$0].plainText, on: pageURL) })
    }

    /// A schema.org `Comment`: the author's name, the date and the text — never an email or its hash.
    func comment(_ comment: Comment, text: String, on pageURL: String) -> JSON {
        .object([
            ("@type", .string("Comment")),
            ("@id", .string(model.config.absolute(pageURL) + "#comment-\(comment.id)")),
            ("author", .object([("@type", .string("Person")), ("name", .string(comment.name))])),
            ("dateCreated", .string(comment.date.iso)),
            ("text", .string(text)),
        ])
    }

    var author: JSON {
        let config = model.config
        return config.author.isEmpty
            ? .object([("@type", .string("Organization")), ("name", .string(config.title))])
            : .object([("@type", .string("Person")), ("name", .string(config.author))])
    }

    func breadcrumbList(_ crumbs: [(title: String, url: String)]) -> JSON {
        let items = crumbs.enumerated().map { position, crumb in
            JSON.object([("@type", .string("ListItem")), ("position", .number(position + 1)),
                         ("name", .string(crumb.title)), ("item", .string(model.config.absolute(crumb.url)))])
        }
        return .object([("@type", .string("BreadcrumbList")), ("itemListElement", .array(items))])
    }

    func howTo(_ guide: Guide) -> JSON {
        let article = model.entries[guide.article]
        let permalink = model.config.absolute(article.url)
        let steps = guide.steps.map { index -> JSON in
            let step = model.entries[index]
            let number = step.stepNumber ?? 0
            let text = step.frontMatter.summary ?? Excerpt.make(step.file.document.plainText, words: 40)
            return .object([("@type", .string("HowToStep")), ("position", .number(number)),
                            ("name", .string(step.title)), ("text", .string(text)),
                            ("url", .string(permalink + "#" + PageAnchors.step(number)))])
        }
        var members: [(String, JSON)] = [("@type", .string("HowTo")), ("name", .string(article.title))]
        if let summary = article.frontMatter.summary { members.append(("description", .string(summary))) }
        members.append(("step", .array(steps)))
        return .object(members)
    }
}
