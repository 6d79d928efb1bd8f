import MendMarkdown

/// A guide's steps rendered for the guide's own page: headings one level down, ids
/// unique across the whole page.
struct GuideComposition: Sendable {
    struct Step: Sendable {
        let entry: Int
        let number: Int
        let anchor: String
        let html: String
        let headings: [Heading]
    }

    let steps: [Step]
    /// The article's closing rendered for the last step's page, which ends with it: ids
    /// clear of that page's own headings and the theme's; `nil` without a closing.
    let closingOnLastStep: String?
    /// What it was made from, to tell whether the next build can reuse it.
    let key: CompositionKey

    /// Renders every step of `guide` after the article's introduction and closing have taken their ids.
    init(guide: Guide, key: CompositionKey, model: SiteModel, options: MarkdownOptions) {
        self.key = key
        let article = model.entries[guide.article].file
        var taken = options.reservedIDs
        taken.formUnion(article.document.headings.map(\.id))
        taken.formUnion(article.closingDocument?.headings.map(\.id) ?? [])
        taken.formUnion(guide.steps.compactMap { model.entries[$0].stepNumber }.map(PageAnchors.step))
        var steps: [Step] = []
        for index in guide.steps {
            let entry = model.entries[index]
            var stepOptions = options
            stepOptions.headingLevelOffset = 1
            stepOptions.reservedIDs = taken
            stepOptions.basePath = ContentLoader.basePath(of: entry.file.path, rootPath: model.config.rootPath)
            stepOptions.sourceFolder = ContentLoader.sourceFolder(of: entry.file.path)
            // Every step keeps its parse (ContentLoader.parse: a guide's steps are step files);
            // were one without it, its own page's render would stand in, ids not renumbered.
            assert(entry.file.parsedBody != nil, "a guide step without its parse: \(entry.file.path)")
            let rendered = entry.file.parsedBody?.render(options: stepOptions) ?? entry.file.document
            // Its links go where they go on the step's own page.
            let document = model.resolve(rendered, owner: entry.url)
            let html = Self.movingFragments(in: document, from: entry.file.document.headings)
            taken.formUnion(document.headings.map(\.id))
            let number = entry.stepNumber ?? 0
            steps.append(Step(entry: index, number: number, anchor: PageAnchors.step(number),
                              html: html, headings: document.headings))
        }
        self.steps = steps
        closingOnLastStep = Self.closing(of: guide, model: model, options: options)
    }

    /// A step's links to its own headings (`#why`) follow them to the ids they have on the
    /// guide's page (`#why-1`), where other texts may have taken the first.
    static func movingFragments(in document: MarkdownDocument, from own: [Heading]) -> String {
        var moved: [String: String] = [:]
        for (mine, composed) in zip(own, document.headings) where mine.id != composed.id { moved[mine.id] = composed.id }
        guard !moved.isEmpty else { return document.html }
        var html = document.html
        var done: Set<String> = []
        for link in document.references where !link.isImage && link.url.hasPrefix("#") {
            let id = String(link.url.dropFirst())
            guard let target = moved[id], done.insert(id).inserted else { continue }
            html = html.replacing("<a href=\"#\(id.escapedForHTML)\"", with: "<a href=\"#\(target.escapedForHTML)\"")
        }
        return html
    }

    static func closing(of guide: Guide, model: SiteModel, options: MarkdownOptions) -> String? {
        let article = model.entries[guide.article].file
        guard let closing = article.closing, let last = guide.steps.last else { return nil }
        var closingOptions = options
        closingOptions.headingLevelOffset = 1
        closingOptions.reservedIDs = options.reservedIDs.union(model.entries[last].file.document.headings.map(\.id))
        closingOptions.basePath = ContentLoader.basePath(of: article.path, rootPath: model.config.rootPath)
        closingOptions.sourceFolder = ContentLoader.sourceFolder(of: article.path)
        let owner = model.entries[guide.article].url
        let document = model.resolve(Markdown.render(closing.text, options: closingOptions), owner: owner)
        // A link to a part of the guide's page (`#why`) goes to that page from the step's.
        var html = document.html
        for link in document.references where !link.isImage && link.url.hasPrefix("#") {
            html = html.replacing("<a href=\"\(link.url.escapedForHTML)\"", with: "<a href=\"\((owner + link.url).escapedForHTML)\"")
        }
        return html
    }

    /// The whole guide as one HTML text, for the feed.
    func html(model: SiteModel, guide: Guide) -> String {
        let article = model.entries[guide.article].file
        var parts = [article.document.html]
        for step in steps {
            let entry = model.entries[step.entry]
            let label = model.config.strings.text("step_label", ["number": String(step.number)])
            parts.append("<h2 id=\"\(step.anchor)\"><a href=\"\(entry.url.escapedForHTML)\">\(label.escapedForHTML) \(entry.title.escapedForHTML)</a></h2>\n" + step.html)
        }
        parts.append(article.closingDocument?.html ?? "")
        return parts.joined()
    }
}
