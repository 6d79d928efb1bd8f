import MendMarkdown
import MendTemplates

/// The render stage: every page through its template (in parallel, strictly), the
/// feed, the sitemap, robots.txt and the assets.
struct PageRenderer {
    let model: SiteModel
    let theme: Theme
    let loader: ContentLoader

    struct Output {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        var pageCount = 0
    }

    func render() -> Output {
        let options = loader.markdownOptions(reservedIDs: theme.reservedIDs)
        let compositions = ParallelWork.map(model.guides.count) {
            GuideComposition(guide: model.guides[$0], model: model, options: options)
        }
        let support = model.config.support.map { Markdown.render($0, options: options).html }
        let contexts = ContextBuilder(model: model, compositions: compositions, supportHTML: support)
        let plans = PagePlan.all(for: model)
        let pages = ParallelWork.map(plans.count) { renderPage(plans[$0], contexts: contexts) }
        var output = Output()
        for (file, diagnostic) in pages {
            if let file { output.files.append(file) }
            if let diagnostic { output.diagnostics.append(diagnostic) }
        }
        output.pageCount = plans.count
        output.files += feedAndSitemap(plans: plans, compositions: compositions)
        output.files += theme.assets.map { OutputFile(path: $0.path, bytes: $0.bytes) } + model.assets
        output.diagnostics += duplicatePaths(output.files)
        output.files.sort { $0.path < $1.path }
        return output
    }
}

private extension PageRenderer {
    func renderPage(_ plan: PagePlan, contexts: ContextBuilder) -> (OutputFile?, Diagnostic?) {
        guard let template = theme.templates[plan.template] else { return (nil, nil) }
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

    func feedAndSitemap(plans: [PagePlan], compositions: [GuideComposition]) -> [OutputFile] {
        let feed = AtomFeed(model: model).xml { index in
            let entry = model.entries[index]
            guard entry.kind == .guide, let guide = entry.guideIndex else { return entry.file.document.html }
            return compositions[guide].html(model: model, guide: model.guides[guide])
        }
        let sitemap = Sitemap(model: model)
        let pages = plans.filter { $0.kind != .notFound }.map { plan -> (url: String, lastModified: ContentDate?) in
            let entry = plan.index.flatMap { plan.kind == .tag ? nil : model.entries[$0] }
            return (plan.url, entry?.lastModified)
        }
        return [OutputFile(path: AtomFeed.outputPath, bytes: Array(feed.utf8)),
                OutputFile(path: Sitemap.outputPath, bytes: Array(sitemap.xml(pages: pages).utf8)),
                OutputFile(path: Sitemap.robotsPath, bytes: Array(sitemap.robots().utf8))]
    }

    func duplicatePaths(_ files: [OutputFile]) -> [Diagnostic] {
        var seen: Set<String> = []
        return files.compactMap { file in
            seen.insert(file.path).inserted ? nil
                : .error(at: SourceLocation(path: file.path), "two files would be written to public/\(file.path): rename one of them")
        }
    }
}
