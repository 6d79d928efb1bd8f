import MendMarkdown

/// Builds a whole site from its source files: pure, deterministic, parallel.
///
/// ```swift
/// let result = SiteBuilder(options: BuildOptions()).build(sources)
/// if result.succeeded { write(result.files) } else { print(result.diagnostics) }
/// ```
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions = BuildOptions()) {
        self.options = options
    }

    /// Runs the stages configure, parse, derive and render, collecting every diagnostic.
    /// - Parameters:
    ///   - sources: Everything under `content/` and `templates/`.
    ///   - observe: Called as each stage starts and finishes (for timings).
    /// - Returns: The output files, or none when there are errors; and the diagnostics.
    public func build(_ sources: [SourceFile], observe: (BuildEvent) -> Void = { _ in }) -> BuildResult {
        var memory = BuildMemory.oneBuild()
        return build(sources, memory: &memory, observe: observe)
    }

    /// ``build(_:observe:)``, handing each output file to `emit` as soon as it is made, from
    /// the threads that make them, instead of keeping it: pages are written while others
    /// are still rendering, and no page's bytes stay in memory. The result's ``BuildResult/files``
    /// is then empty. When the result fails, what was emitted must be thrown away.
    /// Handed `sources` it alone holds (`consume`), it lets go of their bytes once parsed.
    public func build(_ sources: consuming [SourceFile], observe: (BuildEvent) -> Void = { _ in },
                      emit: @escaping @Sendable (OutputFile) -> Void) -> BuildResult {
        var memory = BuildMemory.oneBuild()
        return build(consume sources, memory: &memory, observe: observe, emit: emit)
    }

    /// ``build(_:observe:)``, reusing from `memory` what the last build computed from inputs
    /// that have not changed (parse results, the compiled theme, guide compositions), and
    /// rendering only the files whose inputs changed; leaves this build's results in it. Every
    /// file it renders is the same as a build with an empty memory would render; a file it
    /// does not render is the same as the last build's.
    public func build(_ sources: [SourceFile], memory: inout BuildMemory,
                      observe: (BuildEvent) -> Void = { _ in }) -> BuildResult {
        build(sources, memory: &memory, observe: observe, emit: nil)
    }
}

private extension SiteBuilder {
    func build(_ sources: consuming [SourceFile], memory: inout BuildMemory, observe: (BuildEvent) -> Void,
               emit: (@Sendable (OutputFile) -> Void)?) -> BuildResult {
        memory.site = nil
        observe(.started("configure"))
        let (config, configDiagnostics) = loadConfig(sources)
        var (theme, themeDiagnostics) = loadTheme(sources, memory: &memory.parse)
        let templateCount = theme?.templates.count ?? 0
        if let config, let loaded = theme {
            let (withStrings, problems) = loaded.adding(config.strings)
            theme = withStrings
            themeDiagnostics += problems
        }
        var diagnostics = configDiagnostics + themeDiagnostics
        observe(.finished("configure", detail: "\(templateCount) templates"))

        observe(.started("parse"))
        let work = ParallelWork(jobs: options.jobs)
        var loader = ContentLoader(config: config ?? Self.placeholderConfig, reservedIDs: theme?.reservedIDs ?? [])
        loader.work = work
        let parsed = loader.load(sources, memory: &memory.parse)
        if !memory.keepsForLaterBuilds {
            // What the parse was keyed by (every file's bytes) matters only to a next build.
            memory.parse.content = [:]
            sources = []
        }
        diagnostics += parsed.diagnostics
        let reused = memory.parse.reusedCount > 0 ? ", \(memory.parse.parsedCount) parsed again" : ""
        observe(.finished("parse", detail: "\(parsed.files.count) content files\(reused)"))

        observe(.started("derive"))
        // Without a usable site.yml the content is still checked, so every error shows at once.
        var (model, modelDiagnostics) = SiteModel.derive(parsed.files, assets: parsed.assets, config: loader.config,
                                                         includeDrafts: options.includeDrafts, similarity: &memory.similarity,
                                                         keepingSimilarity: memory.keepsForLaterBuilds, work: work)
        modelDiagnostics += model.attachComments(parsed.comments, leftOut: parsed.leftOutComments, now: options.now)
        diagnostics += modelDiagnostics
        let ranked = memory.similarity.map { $0.rankedCount < model.entries.count ? ", \($0.rankedCount) ranked again" : "" } ?? ""
        observe(.finished("derive", detail: "\(model.entries.count) entries, \(model.tags.count) tags\(ranked)"))

        guard config != nil, let theme, !diagnostics.contains(where: { $0.severity == .error }) else {
            return BuildResult(files: [], outputPaths: [], diagnostics: diagnostics, pageCount: 0, strict: options.strict)
        }
        observe(.started("render"))
        var renderer = PageRenderer(model: model, theme: theme, loader: loader, themeRevision: memory.parse.themeRevision,
                                    work: work, emit: emit)
        renderer.remembersSite = memory.keepsSite
        let rendered = renderer.render(remembering: memory.render)
        let again = rendered.renderedCount < rendered.paths.count ? ", \(rendered.renderedCount) files rendered again" : ""
        observe(.finished("render", detail: "\(rendered.pageCount) pages\(again)"))
        let result = BuildResult(files: rendered.files, outputPaths: rendered.paths, diagnostics: diagnostics + rendered.diagnostics,
                                 pageCount: rendered.pageCount, strict: options.strict,
                                 rootPath: loader.config.rootPath)
        guard result.succeeded else { return result }
        memory.render = rendered.memory
        if memory.keepsSite {
            memory.site = SiteMemory(model: model, theme: theme, loader: loader, themeRevision: memory.parse.themeRevision,
                                     rendered: rendered, result: result)
        }
        return result
    }

    static let placeholderConfig = SiteConfig(title: "", baseURL: "https://example.invalid/")

    func loadTheme(_ sources: [SourceFile], memory: inout ParseMemory) -> (Theme?, [Diagnostic]) {
        let templates = sources.filter { $0.path.hasPrefix("templates/") }
        if let cached = memory.theme, cached.sources == templates { return (cached.theme, cached.diagnostics) }
        let (theme, diagnostics) = Theme.load(templates)
        memory.theme = (templates, theme, diagnostics)
        memory.themeRevision += 1
        return (theme, diagnostics)
    }

    func loadConfig(_ sources: [SourceFile]) -> (SiteConfig?, [Diagnostic]) {
        guard let file = sources.first(where: { $0.path == ContentPath.siteConfig }) else {
            return (nil, [.error(at: SourceLocation(path: ContentPath.siteConfig),
                                 "the site has no content/site.yml: add one with at least title and base_url")])
        }
        return SiteConfig.parse(file.text, path: file.path, baseURLOverride: options.baseURL,
                                preview: options.preview)
    }
}
