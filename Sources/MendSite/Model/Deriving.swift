/// The bookkeeping of ``SiteModel/derive(_:assets:config:includeDrafts:)``: URLs taken,
/// steps numbered, diagnostics collected.
struct Deriving {
    struct Pending {
        let file: ContentFile
        let url: String
        let outputPath: String
        let step: Int?
    }

    /// URL paths the site itself uses; content cannot take them (`page` holds the home
    /// page's further pages, `/page/2/`).
    static let reservedSlugs: Set<String> = ["tags", "assets", "guides", "posts", "pages", "page", "feed.xml", "sitemap.xml",
                                             "robots.txt", "404.html", "index.html"]

    let config: SiteConfig
    let includeDrafts: Bool
    var pending: [Pending] = []
    var diagnostics: [Diagnostic] = []
    private var takenURLs: [String: String] = [:]

    init(config: SiteConfig, includeDrafts: Bool) {
        self.config = config
        self.includeDrafts = includeDrafts
    }

    /// Leaves out drafts (and every step of a draft guide) unless they are asked for. Draft
    /// steps of a published guide stay until their guide's numbering has been checked.
    func dropDrafts(_ files: [ContentFile]) -> [ContentFile] {
        guard !includeDrafts else { return files }
        let draftGuides = Set(files.filter { $0.kind == .guide && $0.frontMatter.draft }.compactMap(\.guideFolder))
        return files.filter { file in
            file.kind == .step ? !draftGuides.contains(file.guideFolder ?? "") : !file.frontMatter.draft
        }
    }

    mutating func placeEntries(_ files: [ContentFile]) {
        let sorted = files.sorted { $0.path < $1.path }
        let guideFolders = Set(sorted.filter { $0.kind == .guide }.compactMap(\.guideFolder))
        for file in sorted where file.kind != .step {
            guard checkSlug(file) else { continue }
            let relative: String
            switch file.kind {
            case .guide: relative = "guides/\(file.slug)/"
            case .post: relative = "posts/\(file.slug)/"
            default: relative = "\(file.slug)/"
            }
            take(relative, for: file, step: nil)
        }
        var stepsByGuide: [String: [ContentFile]] = [:]
        for file in sorted where file.kind == .step { stepsByGuide[file.guideFolder ?? "", default: []].append(file) }
        for guide in sorted where guide.kind == .guide && stepsByGuide[guide.guideFolder ?? ""] == nil {
            diagnostics.append(.warning(at: SourceLocation(path: guide.path),
                "the guide has no steps: add step files such as 01-first-step.md beside its index.md"))
        }
        // Each placed guide's URL by its folder, found once (not by a search per guide).
        var guideURLs: [String: String] = [:]
        for placed in pending where placed.file.kind == .guide {
            if let folder = placed.file.guideFolder, guideURLs[folder] == nil { guideURLs[folder] = placed.url }
        }
        for folder in stepsByGuide.keys.sorted() {
            guard let guideURL = guideURLs[folder] else {
                // A guide whose URL was refused already has its error; its steps add none.
                if guideFolders.contains(folder) { continue }
                let first = stepsByGuide[folder]![0]
                diagnostics.append(.error(at: SourceLocation(path: first.path, line: 1, column: 1),
                    "the guide folder content/guides/\(folder)/ has no index.md: add one with the guide's title and introduction"))
                continue
            }
            placeSteps(stepsByGuide[folder]!, under: guideURL)
        }
    }
}

private extension Deriving {
    mutating func placeSteps(_ files: [ContentFile], under guideURL: String) {
        var numbered: [(Int, ContentFile)] = []
        for file in files {
            guard let number = stepNumber(of: file) else { continue }
            if let other = numbered.first(where: { $0.0 == number }) {
                diagnostics.append(.error(at: stepLocation(file),
                    "step \(number) is also the number of \(other.1.path): give each step its own number"))
                continue
            }
            numbered.append((number, file))
        }
        numbered.sort { $0.0 < $1.0 }
        var previous = 0, hasGaps = false
        for (number, file) in numbered {
            if number != previous + 1 {
                diagnostics.append(.error(at: stepLocation(file),
                    "step \(number) follows step \(previous): number the steps 1 to \(numbered.count) without gaps (step \(previous + 1) is missing)"))
                hasGaps = true
            }
            previous = number
        }
        guard !hasGaps else { return }
        let published = numbered.filter { includeDrafts || !$0.1.frontMatter.draft }
        for (number, file) in numbered where !published.contains(where: { $0.1.path == file.path }) {
            diagnostics.append(.warning(at: file.frontMatter.locations["draft"] ?? stepLocation(file),
                "step \(number) is a draft and is left out: the steps after it are numbered one lower until it is published"))
        }
        let guidePath = String(guideURL.dropFirst(config.rootPath.count))
        for (position, (_, file)) in published.enumerated() where checkSlug(file) {
            take(guidePath + "\(file.slug)/", for: file, step: position + 1)
        }
    }

    func stepLocation(_ file: ContentFile) -> SourceLocation {
        file.frontMatter.locations["step"] ?? SourceLocation(path: file.path, line: 1, column: 1)
    }

    mutating func stepNumber(of file: ContentFile) -> Int? {
        switch (file.frontMatter.step, file.filePrefixNumber) {
        case (let step?, let prefix?) where step != prefix:
            diagnostics.append(.warning(at: stepLocation(file),
                "the file name says step \(prefix) but the front matter says step: \(step); the front matter wins: rename the file to match"))
            return step
        case (let step?, _):
            return step
        case (nil, let prefix?) where (1...999).contains(prefix):
            return prefix
        case (nil, let prefix?):
            diagnostics.append(.error(at: SourceLocation(path: file.path, line: 1, column: 1),
                "the file name's number \(prefix) is not a step number: number steps from 1 (01-\(file.fileSlug).md)"))
            return nil
        case (nil, nil):
            diagnostics.append(.error(at: SourceLocation(path: file.path, line: 1, column: 1),
                "a step needs its number: add `step: N` to the front matter, or start the file name with it (03-\(file.fileSlug).md)"))
            return nil
        }
    }

    mutating func checkSlug(_ file: ContentFile) -> Bool {
        let location = file.frontMatter.locations["slug"] ?? SourceLocation(path: file.path)
        guard Slug.isValid(file.slug) else {
            let suggestion = Slug.make(file.slug)
            let advice = suggestion.isEmpty ? "use lowercase letters, digits and hyphens" : "use '\(suggestion)'"
            let what = file.frontMatter.slug == nil ? "the file name '\(file.fileSlug)'" : "the slug '\(file.slug)'"
            diagnostics.append(.error(at: location, "\(what) cannot be used in a URL: \(advice)"))
            return false
        }
        if let problem = Slug.lengthProblem(file.slug) {
            let what = file.frontMatter.slug == nil ? "the file name" : "the slug"
            diagnostics.append(.error(at: location, "\(what) makes a URL slug \(problem)"))
            return false
        }
        if file.kind == .step, file.slug.hasPrefix("comment-page-"),
           file.slug.dropFirst("comment-page-".count).allSatisfy(\.isNumber) {
            diagnostics.append(.error(at: location, "the slug '\(file.slug)' is kept for the guide's comment pages: give the step another"))
            return false
        }
        if file.kind == .page && Self.reservedSlugs.contains(file.slug) {
            diagnostics.append(.error(at: location, "the URL /\(file.slug)/ is used by the site itself: give this page another slug"))
            return false
        }
        return true
    }

    mutating func take(_ relative: String, for file: ContentFile, step: Int?) {
        let url = config.rootPath + relative
        if let owner = takenURLs[url] {
            diagnostics.append(.error(at: file.frontMatter.locations["slug"] ?? SourceLocation(path: file.path),
                "the URL \(url) is already taken by \(owner): give one of them another slug"))
            return
        }
        takenURLs[url] = file.path
        pending.append(Pending(file: file, url: url, outputPath: relative + "index.html", step: step))
    }
}
