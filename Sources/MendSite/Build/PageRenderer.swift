import MendMarkdown
import MendTemplates

/// The render stage: every page through its template (in parallel, strictly), the
/// feed, the sitemap, robots.txt and the assets. With a ``RenderMemory`` of the last
/// build it renders only the files whose inputs changed (see ``PageInputs``); with an
/// empty one, every file.
struct PageRenderer {
    let model: SiteModel
    let theme: Theme
    let loader: ContentLoader
    let themeRevision: Int
    let work: ParallelWork
    /// Takes each file as it is made instead of ``Output/files`` (see ``SiteBuilder/build(_:observe:emit:)``).
    let emit: (@Sendable (OutputFile) -> Void)?
    /// Whether to give, in ``Output``, which pages read each entry (for a ``SiteMemory``):
    /// only an ``IncrementalBuild`` asks, a single build has no use for it.
    var remembersSite = false

    struct Output {
        /// The files rendered (all of them in a clean build), by path.
        var files: [OutputFile] = []
        /// Every file of the site, rendered or not, by path.
        var paths: [String] = []
        var diagnostics: [Diagnostic] = []
        var pageCount = 0
        /// How many files were rendered (or copied) this time, emitted ones included.
        var renderedCount = 0
        /// What the next build starts from, when this one succeeds.
        var memory = RenderMemory()
        /// What an edit that moves nothing starts from (``SiteMemory``), when this one succeeds.
        var plans: [PagePlan] = []
        var reads: [[Int]] = []
        var readers: [[Int]] = []
        var feedItems: [Int] = []
        var feedReads: Set<Int> = []
        var timeline: [Int] = []
        var compositions: [GuideComposition] = []
        var supportHTML: String?
    }

    func render(remembering previous: RenderMemory) -> Output {
        let globals = RenderGlobals(model: model, themeRevision: themeRevision)
        let last = previous.globals == globals ? previous : RenderMemory()
        var output = Output()
        output.memory.globals = globals
        // The last build's tables, changed where this one differs (not built anew each time).
        output.memory.facts = last.facts
        var changed = [Bool](repeating: false, count: model.entries.count)
        for index in model.entries.indices {
            let facts = EntryFacts(index, in: model)
            if output.memory.facts.updateValue(facts, forKey: model.entries[index].file.path) != facts { changed[index] = true }
        }
        if output.memory.facts.count > model.entries.count {
            let paths = Set(model.entries.map(\.file.path))
            output.memory.facts = output.memory.facts.filter { paths.contains($0.key) }
        }
        let compositions = compose(remembering: last, into: &output.memory)
        let support = model.config.support.map { Markdown.render($0, options: options).html }
        let contexts = ContextBuilder(model: model, compositions: compositions, supportHTML: support, privacy: globals.privacy)

        let plans = PagePlan.all(for: model)
        let inputs = plans.map { PageInputs($0, in: model) }
        let stale = plans.indices.filter {
            inputs[$0].readIndexes.contains { changed[$0] } || last.files[plans[$0].outputPath] != inputs[$0]
        }
        let emit = emit
        let pages = work.map(stale.count) { item -> (OutputFile?, Diagnostic?) in
            let (file, diagnostic) = renderPage(plans[stale[item]], contexts: contexts)
            guard let emit, let file else { return (file, diagnostic) }
            emit(file)
            return (nil, diagnostic)
        }
        for (file, diagnostic) in pages {
            if let file { output.files.append(file) }
            if let diagnostic { output.diagnostics.append(diagnostic) }
        }
        // Kept only if the whole build succeeds, so a page that failed is rendered next time.
        output.memory.files = last.files
        for index in stale { output.memory.files[plans[index].outputPath] = inputs[index] }
        if output.memory.files.count > plans.count + 1 {
            let paths = Set(plans.map(\.outputPath) + [AtomFeed.outputPath])
            output.memory.files = output.memory.files.filter { paths.contains($0.key) }
        }
        output.pageCount = plans.count
        output.paths = plans.map(\.outputPath)
        output.plans = plans
        if remembersSite {
            output.reads = inputs.map(\.readIndexes)
            output.readers = [[Int]](repeating: [], count: model.entries.count)
            for (position, input) in inputs.enumerated() {
                for index in input.readIndexes where output.readers[index].last != position { output.readers[index].append(position) }
            }
        }
        output.compositions = compositions
        output.supportHTML = support
        feedAndSitemap(plans: plans, compositions: compositions, changed: changed, last: last, into: &output)
        copyAssets(last: last, into: &output)
        let (aliases, aliasProblems) = AliasPages.files(for: model, taken: Set(output.paths))
        output.files += aliases
        output.paths += aliases.map(\.path)
        output.diagnostics += aliasProblems + duplicatePaths(output.paths)
        output.renderedCount = output.files.count + (emit == nil ? 0 : pages.filter { $0.1 == nil }.count)
        if let emit {
            for file in output.files { emit(file) }
            output.files = []
        }
        output.files.sort { $0.path < $1.path }
        output.paths.sort()
        return output
    }
}

extension PageRenderer {
    var options: MarkdownOptions { loader.markdownOptions(reservedIDs: theme.reservedIDs) }

    /// Each guide's composition, reused from the last build where its key is equal.
    func compose(remembering last: RenderMemory, into memory: inout RenderMemory) -> [GuideComposition] {
        let keys = model.guides.map { CompositionKey($0, in: model) }
        let articles = model.guides.map { model.entries[$0.article].file.path }
        let missing = model.guides.indices.filter { last.compositions[articles[$0]]?.key != keys[$0] }
        let options = options
        let made = work.map(missing.count) {
            GuideComposition(guide: model.guides[missing[$0]], key: keys[missing[$0]], model: model, options: options)
        }
        var compositions = model.guides.indices.map { last.compositions[articles[$0]] }
        for (item, guide) in missing.enumerated() { compositions[guide] = made[item] }
        for guide in model.guides.indices { memory.compositions[articles[guide]] = compositions[guide] }
        return compositions.map { $0! }
    }

    /// The feed's inputs: its entries, and each guide's steps.
    func feedInputs(items: [Int]) -> PageInputs {
        let readIndexes = items.flatMap { index in
            model.entries[index].guideIndex.map { model.guides[$0].members } ?? [index]
        }
        return PageInputs(template: AtomFeed.outputPath, readIndexes: readIndexes, in: model)
    }

    func feed(items: [Int], compositions: [GuideComposition]) -> OutputFile {
        let xml = AtomFeed(model: model).xml(items: items) { index in
            let entry = model.entries[index]
            guard entry.kind == .guide, let guide = entry.guideIndex else { return entry.file.document.html }
            return compositions[guide].html(model: model, guide: model.guides[guide])
        }
        return OutputFile(path: AtomFeed.outputPath, bytes: Array(xml.utf8))
    }

    func renderPage(_ plan: PagePlan, contexts: ContextBuilder) -> (OutputFile?, Diagnostic?) {
        guard let template = theme.templates[plan.template] else {
            guard let layout = plan.layout, let index = plan.index else { return (nil, nil) }
            let entry = model.entries[index]
            let location = entry.frontMatter.locations["layout"] ?? SourceLocation(path: entry.file.path, line: 1, column: 1)
            let names = theme.templates.keys.filter { !$0.hasPrefix("partials/") && !$0.hasPrefix("strings/") && $0 != "layout" }.sorted()
            if let close = names.first(where: { $0.lowercased() == layout.lowercased() }) {
                return (nil, .error(at: location, "the layout '\(layout)' is not a template of the theme: did you mean '\(close)'?"))
            }
            return (nil, .error(at: location, "the layout '\(layout)' is not a template of the theme: add templates/\(layout).mustache, or use one of \(names.joined(separator: ", "))"))
        }
        do {
            let bytes = try template.renderBytes(contexts.context(for: plan), partials: theme.templates, strict: true)
            return (OutputFile(path: plan.outputPath, bytes: bytes), nil)
        } catch let error as TemplateError {
            let source = plan.index.flatMap { plan.kind == .tag ? nil : model.entries[$0].file.path } ?? plan.url
            return (nil, Diagnostic(error).within("while rendering \(source)"))
        } catch {
            return (nil, .error(at: SourceLocation(path: plan.outputPath), "\(error)"))
        }
    }

}

private extension PageRenderer {
    /// The feed when an entry it carries changed, the sitemap when a line changed, and
    /// robots.txt when the globals did (a memory without globals).
    func feedAndSitemap(plans: [PagePlan], compositions: [GuideComposition], changed: [Bool],
                        last: RenderMemory, into output: inout Output) {
        let timeline = AtomFeed(model: model).timeline
        let items = Array(timeline.prefix(AtomFeed.limit))
        let feedInputs = feedInputs(items: items)
        if feedInputs.readIndexes.contains(where: { changed[$0] }) || last.files[AtomFeed.outputPath] != feedInputs {
            output.files.append(feed(items: items, compositions: compositions))
        }
        output.memory.files[AtomFeed.outputPath] = feedInputs
        output.timeline = timeline
        output.feedItems = items
        output.feedReads = Set(feedInputs.readIndexes)

        let sitemap = Sitemap(model: model)
        // Comment pages 2 and on are reached from their entry, and left out as WordPress's are.
        let pages = plans.filter { $0.kind != .notFound && $0.kind != .comments }.map { plan in
            SitemapPage(url: plan.url, lastModified: plan.index.flatMap { plan.kind == .tag ? nil : model.entries[$0] }?.lastModified)
        }
        if last.sitemap != pages {
            output.files.append(OutputFile(path: Sitemap.outputPath, bytes: Array(sitemap.xml(pages: pages).utf8)))
        }
        output.memory.sitemap = pages
        if last.globals == nil {
            output.files.append(OutputFile(path: Sitemap.robotsPath, bytes: Array(sitemap.robots().utf8)))
        }
        output.paths += [AtomFeed.outputPath, Sitemap.outputPath, Sitemap.robotsPath]
    }

    /// The theme's assets and the content's, each when its bytes differ from the last copy.
    func copyAssets(last: RenderMemory, into output: inout Output) {
        for asset in theme.assets + model.assets {
            if last.assets[asset.path] != asset { output.files.append(asset) }
            output.memory.assets[asset.path] = asset
            output.paths.append(asset.path)
        }
    }

    func duplicatePaths(_ paths: [String]) -> [Diagnostic] {
        var seen: Set<String> = []
        return paths.compactMap { path in
            seen.insert(path).inserted ? nil
                : .error(at: SourceLocation(path: path), "two files would be written to public/\(path): rename one of them")
        }
    }
}
