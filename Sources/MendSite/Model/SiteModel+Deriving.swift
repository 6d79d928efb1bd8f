public extension SiteModel {
    /// Derives the site from parsed content: drafts, URLs, guide order, tags.
    /// - Parameters:
    ///   - files: The content files the parse stage produced.
    ///   - assets: Files under content/ copied as they are.
    ///   - includeDrafts: Publish pages with `draft: true` (`--drafts`).
    /// - Returns: The model and every diagnostic; errors mean the build must not be written.
    static func derive(_ files: [ContentFile], assets: [OutputFile], config: SiteConfig,
                       includeDrafts: Bool) -> (SiteModel, [Diagnostic]) {
        var memory: SimilarityMemory?
        return derive(files, assets: assets, config: config, includeDrafts: includeDrafts, similarity: &memory,
                      keepingSimilarity: false, work: .allCores)
    }

    /// ``derive(_:assets:config:includeDrafts:)``, updating the last build's similar posts
    /// (`similarity`) rather than computing them again where it can, and leaving this
    /// build's in it unless `keepingSimilarity` is false (no later build will ask).
    internal static func derive(_ files: [ContentFile], assets: [OutputFile], config: SiteConfig,
                                includeDrafts: Bool, similarity: inout SimilarityMemory?, keepingSimilarity: Bool = true,
                                work: ParallelWork) -> (SiteModel, [Diagnostic]) {
        var deriving = Deriving(config: config, includeDrafts: includeDrafts)
        let published = deriving.dropDrafts(files)
        deriving.placeEntries(published)
        var model = SiteModel(config: config)
        model.assets = assets.sorted { $0.path < $1.path }
        model.entries = deriving.pending.sorted { $0.url < $1.url }.map {
            Entry(file: $0.file, url: $0.url, outputPath: $0.outputPath, stepNumber: $0.step, guideIndex: nil)
        }
        model.resolveLinks(isContentFile: { path in files.contains { $0.path == path } }, diagnostics: &deriving.diagnostics)
        model.linkGuides(diagnostics: &deriving.diagnostics)
        model.guidesByDate = model.guides.indices.sorted {
            isNewer(model.entries[model.guides[$0].article], than: model.entries[model.guides[$1].article])
        }
        model.posts = model.entries.indices.filter { model.entries[$0].kind == .post }
            .sorted { isNewer(model.entries[$0], than: model.entries[$1]) }
        model.pages = model.entries.indices.filter { model.entries[$0].kind == .page }
            .sorted { model.entries[$0].orderInNavigation(before: model.entries[$1]) }
        model.collectTags(diagnostics: &deriving.diagnostics)
        model.findSimilar(memory: &similarity, keeping: keepingSimilarity, work: work)
        return (model, deriving.diagnostics)
    }
}

extension Entry {
    func orderInNavigation(before other: Entry) -> Bool {
        let left = frontMatter.weight ?? 0, right = other.frontMatter.weight ?? 0
        return left != right ? left < right : (title, url) < (other.title, other.url)
    }

    /// The same entry, shown from another parse of its file (same place, same front matter
    /// but for its texts).
    func with(file: ContentFile) -> Entry {
        var entry = Entry(file: file, url: url, outputPath: outputPath, stepNumber: stepNumber, guideIndex: guideIndex)
        entry.tagIndexes = tagIndexes
        entry.inheritedDate = inheritedDate
        return entry
    }

    func with(guideIndex: Int) -> Entry {
        var entry = Entry(file: file, url: url, outputPath: outputPath, stepNumber: stepNumber, guideIndex: guideIndex)
        entry.tagIndexes = tagIndexes
        return entry
    }
}

private extension SiteModel {
    mutating func linkGuides(diagnostics: inout [Diagnostic]) {
        var articles: [String: Int] = [:]
        for index in entries.indices where entries[index].kind == .guide {
            articles[entries[index].file.guideFolder ?? ""] = index
        }
        var stepsByGuide: [String: [Int]] = [:]
        for index in entries.indices where entries[index].kind == .step {
            stepsByGuide[entries[index].file.guideFolder ?? "", default: []].append(index)
        }
        for folder in articles.keys.sorted() {
            let article = articles[folder]!
            let steps = (stepsByGuide[folder] ?? []).sorted { entries[$0].stepNumber! < entries[$1].stepNumber! }
            let guideIndex = guides.count
            guides.append(Guide(article: article, steps: steps))
            for index in [article] + steps { entries[index] = entries[index].with(guideIndex: guideIndex) }
            for index in steps { entries[index].inheritedDate = entries[article].frontMatter.date }
        }
    }

    mutating func collectTags(diagnostics: inout [Diagnostic]) {
        var groups: [String: TagGroup] = [:]
        var slugs: [String: String] = [:]
        for index in entries.indices.sorted(by: { entries[$0].file.path < entries[$1].file.path }) {
            for name in entries[index].frontMatter.tags {
                // A tag name's slug is made once, not once per page that carries it.
                let slug = slugs[name] ?? Slug.make(name)
                slugs[name] = slug
                func location() -> SourceLocation {
                    entries[index].frontMatter.locations["tags"] ?? SourceLocation(path: entries[index].file.path)
                }
                guard !slug.isEmpty else {
                    diagnostics.append(.warning(at: location(), "the tag '\(name)' has no letters or digits and is ignored"))
                    continue
                }
                if let problem = Slug.lengthProblem(slug) {
                    diagnostics.append(.error(at: location(), "the tag '\(name.prefix(40))…' makes a URL slug \(problem)"))
                    continue
                }
                // The group (its URL and path) is made only for the tag's first page.
                groups[slug, default: TagGroup(name: name, slug: slug, url: config.rootPath + "tags/\(slug)/",
                                               outputPath: "tags/\(slug)/index.html", entries: [])]
                    .entries.append(index)
            }
        }
        // ``SiteModel/isNewer(_:than:)``'s order, from each entry's keys taken once (not a
        // copy of two entries per comparison). It is a total order (URLs differ), so the
        // lists come out the same whatever order they were gathered in.
        let keys = entries.map { ($0.frontMatter.date?.timestamp ?? Int.min, $0.frontMatter.weight ?? 0, $0.title, $0.url) }
        func newer(_ lhs: Int, _ rhs: Int) -> Bool {
            let left = keys[lhs], right = keys[rhs]
            if left.0 != right.0 { return left.0 > right.0 }
            if left.1 != right.1 { return left.1 < right.1 }
            return (left.2, left.3) < (right.2, right.3)
        }
        tags = groups.keys.sorted().map { slug in
            var group = groups[slug]!
            // An entry is listed twice only when two of its own tags make one slug: side by side.
            var unique: [Int] = []
            unique.reserveCapacity(group.entries.count)
            for index in group.entries where unique.last != index { unique.append(index) }
            group.entries = unique.sorted(by: newer)
            return group
        }
        let tagIndex = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1.slug, $0) })
        for index in entries.indices where !entries[index].frontMatter.tags.isEmpty {
            var indexes: [Int] = []
            for name in entries[index].frontMatter.tags {
                if let tag = slugs[name].flatMap({ tagIndex[$0] }), !indexes.contains(tag) { indexes.append(tag) }
            }
            entries[index].tagIndexes = indexes
        }
    }
}
