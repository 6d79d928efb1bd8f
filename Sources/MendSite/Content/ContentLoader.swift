import MendMarkdown

/// The parse stage: every content file's front matter and Markdown, in parallel.
public struct ContentLoader: Sendable {
    /// The line in a guide's `index.md` where its steps are composed in.
    public static let stepsMarker = "<!-- steps -->"

    public let config: SiteConfig
    /// Ids the theme's templates use; headings choose others.
    public let reservedIDs: Set<String>
    /// How many files are parsed at once.
    var work = ParallelWork.allCores

    public init(config: SiteConfig, reservedIDs: Set<String> = []) {
        self.config = config
        self.reservedIDs = reservedIDs
    }

    /// What the content folder holds.
    public struct Result: Sendable {
        /// Parsed content files, sorted by path; files with errors are left out.
        public var files: [ContentFile] = []
        /// Files to copy as they are: published types under content/, everything under static/.
        public var assets: [OutputFile] = []
        /// Every comment file that parsed, whatever its status.
        public var comments: [Comment] = []
        /// Pending and spam comments whose files have problems (warnings), left out.
        public var leftOutComments: [LeftOutComment] = []
        public var diagnostics: [Diagnostic] = []
    }

    /// Whether the build reads the file at `path` (relative to the source folder) as a
    /// comment: under `content/comments/` (that spelling), ending in `.yml` or `.yaml` in any
    /// letter case. Tools that edit comments use this rule, so they see what the build sees.
    public static func isCommentFile(_ path: String) -> Bool {
        ContentPath(path) == .comment && isCommentName(path)
    }

    /// A comment file as the build reads it; one that is not UTF-8 is an error, or a warning
    /// when it says it is pending or spam.
    /// - Returns: The comment, or `nil` when the file has errors; the file's diagnostics.
    public static func parseComment(_ file: SourceFile) -> (Comment?, [Diagnostic]) {
        guard let invalid = file.firstInvalidUTF8 else { return Comment.parse(file.text, path: file.path) }
        return (nil, Comment.downgraded([.error(at: invalid, "the file is not UTF-8 text: save it as UTF-8")], text: file.text))
    }

    /// Parses every content file and comment (not site.yml), and collects the files to copy.
    public func load(_ sources: [SourceFile]) -> Result {
        var memory = ParseMemory()
        return load(sources, memory: &memory)
    }

    /// ``load(_:)``, reusing what `memory` holds for files whose inputs have not changed,
    /// and leaving in it what this parse computed (and nothing for files that are gone).
    public func load(_ sources: [SourceFile], memory: inout ParseMemory) -> Result {
        var result = Result()
        var jobs: [(SourceFile, ContentPath)] = []
        var commentFiles: [SourceFile] = []
        var placed = 0
        for source in sources {
            if source.path.hasPrefix("static/") {
                result.assets.append(OutputFile(path: String(source.path.dropFirst("static/".count)), copying: source))
                continue
            }
            guard source.path.hasPrefix("content/") else { continue }
            let place: ContentPath
            if let known = memory.places[source.path] {
                place = known
            } else {
                place = ContentPath(source.path)
                memory.places[source.path] = place
            }
            placed += 1
            switch place {
            case .config: continue
            case .comment where Self.isCommentName(source.path):
                commentFiles.append(source)
            case .comment:
                result.diagnostics.append(.warning(at: SourceLocation(path: source.path),
                    "not a comment, and not published: comment files are content/comments/<page path>/<id>.yml"))
            case .asset(let outputPath): result.assets.append(OutputFile(path: outputPath, copying: source))
            case .unpublished(let why):
                result.diagnostics.append(.warning(at: SourceLocation(path: source.path), why))
            case .content: jobs.append((source, place))
            }
        }
        let stepCounts = Dictionary(grouping: jobs.compactMap { job -> String? in
            if case .content(.step, let guide, _, _) = job.1 { return guide }
            return nil
        }, by: { $0 }).mapValues(\.count)
        let keys = jobs.map { source, place in
            ParseMemory.ContentKey(bytes: source.bytes, options: config.markdown, rootPath: config.rootPath,
                                   reservedIDs: reservedIDs, stepCount: stepCounts[guideFolder(of: place) ?? ""] ?? 0)
        }
        let previous = jobs.map { memory.content[$0.0.path] }
        let missing = jobs.indices.filter { previous[$0]?.key != keys[$0] }
        let pending = jobs
        let firstRevision = memory.nextRevision
        let parsed = work.map(missing.count) { item in
            let index = missing[item]
            return parse(pending[index].0, place: pending[index].1, stepCount: keys[index].stepCount, revision: firstRevision + item)
        }
        memory.nextRevision += missing.count
        // The last build's table, changed where files were parsed again (no table built anew).
        var entries = previous
        for (item, index) in missing.enumerated() {
            let entry = ParseMemory.ContentEntry(key: keys[index], file: parsed[item].0, diagnostics: parsed[item].1)
            entries[index] = entry
            memory.content[jobs[index].0.path] = entry
        }
        if memory.content.count > jobs.count {
            let paths = Set(jobs.map(\.0.path))
            memory.content = memory.content.filter { paths.contains($0.key) }
        }
        if memory.places.count > placed {
            let paths = Set(sources.lazy.map(\.path).filter { $0.hasPrefix("content/") })
            memory.places = memory.places.filter { paths.contains($0.key) }
        }
        for entry in entries {
            if let file = entry!.file { result.files.append(file) }
            result.diagnostics += entry!.diagnostics
        }
        memory.parsedCount = missing.count
        memory.reusedCount = jobs.count - missing.count
        loadComments(commentFiles, into: &result, memory: &memory)
        return result
    }
}

private extension ContentLoader {
    func loadComments(_ files: [SourceFile], into result: inout Result, memory: inout ParseMemory) {
        let previous = memory.comments
        let missing = files.indices.filter { previous[files[$0].path]?.bytes != files[$0].bytes }
        let parsed = work.map(missing.count) { item in Self.parseComment(files[missing[item]]) }
        var comments: [String: ParseMemory.CommentEntry] = [:]
        for (item, index) in missing.enumerated() {
            comments[files[index].path] = ParseMemory.CommentEntry(bytes: files[index].bytes, comment: parsed[item].0,
                                                                    diagnostics: parsed[item].1)
        }
        for file in files {
            let entry = comments[file.path] ?? previous[file.path]!
            comments[file.path] = entry
            if let comment = entry.comment {
                result.comments.append(comment)
            } else if !entry.diagnostics.contains(where: { $0.severity == .error }) {
                result.leftOutComments.append(LeftOutComment(reading: file.text, path: file.path))
            }
            result.diagnostics += entry.diagnostics
        }
        memory.comments = comments
        memory.parsedCount += missing.count
        memory.reusedCount += files.count - missing.count
    }

    /// The ending of a comment file's name, compared without regard to letter case.
    static func isCommentName(_ path: String) -> Bool {
        ["yml", "yaml"].contains(ContentPath.splitExtension(path).ending)
    }

    func guideFolder(of place: ContentPath) -> String? {
        if case .content(_, let guide, _, _) = place { return guide }
        return nil
    }

}

extension ContentLoader {
    /// One content file's parse: front matter, Markdown, a guide's closing (pure; the
    /// same inputs give the same result but for `revision`).
    func parse(_ source: SourceFile, place: ContentPath, stepCount: Int, revision: Int) -> (ContentFile?, [Diagnostic]) {
        guard case .content(let kind, let guide, let fileSlug, let prefix) = place else { return (nil, []) }
        if let invalid = source.firstInvalidUTF8 {
            return (nil, [.error(at: invalid, "the file is not UTF-8 text: save it as UTF-8")])
        }
        let (frontMatter, body, bodyLine, diagnostics) = FrontMatter.parse(source.text, path: source.path)
        guard let frontMatter else { return (nil, diagnostics) }
        var warnings: [Diagnostic] = []
        var intro = (text: body, line: bodyLine)
        var closing: (text: String, line: Int)?
        if kind == .guide { (intro, closing) = splitAtStepsMarker(body, line: bodyLine, path: source.path, warnings: &warnings) }
        let reserved = kind == .guide ? reservedIDs.union((1...max(stepCount, 1)).map(PageAnchors.step)) : reservedIDs
        let parsedBody = kind == .step ? Markdown.parse(intro.text, smartPunctuation: config.markdown.smart) : nil
        let document = render(intro, parsed: parsedBody, reserved: reserved, path: source.path, warnings: &warnings)
        let closingDocument = closing.map { render($0, parsed: nil, reserved: reserved, path: source.path, warnings: &warnings) }
        let file = ContentFile(
            path: source.path, kind: kind, guideFolder: guide, fileSlug: fileSlug, filePrefixNumber: prefix,
            frontMatter: frontMatter, bodyLine: intro.line, closing: closing,
            document: document, closingDocument: closingDocument, parsedBody: parsedBody, revision: revision)
        return (file, diagnostics + warnings)
    }
}

private extension ContentLoader {
    /// The introduction and the closing either side of the `<!-- steps -->` line. A marker
    /// written otherwise (`<!--steps-->`, `<!-- Step -->`) is taken too, with a warning.
    func splitAtStepsMarker(_ body: String, line: Int, path: String,
                            warnings: inout [Diagnostic]) -> ((text: String, line: Int), (text: String, line: Int)?) {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard let marker = lines.firstIndex(where: { $0.trimmed == Self.stepsMarker })
                ?? lines.firstIndex(where: { Self.isMisspeltStepsMarker($0.trimmed) }) else {
            return ((body, line), nil)
        }
        if lines[marker].trimmed != Self.stepsMarker {
            warnings.append(.warning(at: SourceLocation(path: path, line: line + marker, column: 1),
                "'\(lines[marker].trimmed)' was read as the steps marker: write it as \(Self.stepsMarker)"))
        }
        let intro = lines[..<marker].joined(separator: "\n")
        let closing = lines[(marker + 1)...].joined(separator: "\n")
        return ((intro, line), (closing, line + marker + 1))
    }

    func render(_ part: (text: String, line: Int), parsed: ParsedMarkdown?, reserved: Set<String>, path: String,
                warnings: inout [Diagnostic]) -> MarkdownDocument {
        var options = markdownOptions(reservedIDs: reserved)
        options.basePath = Self.basePath(of: path, rootPath: config.rootPath)
        options.sourceFolder = Self.sourceFolder(of: path)
        let document = parsed?.render(options: options) ?? Markdown.render(part.text, options: options)
        warnings += document.warnings.map {
            .warning(at: SourceLocation(path: path, line: part.line + $0.line - 1, column: $0.column), $0.message)
        }
        return document
    }
}

extension ContentLoader {
    /// `<!--steps-->`, `<!-- Step -->`: an HTML comment saying "step" or "steps", any case and spacing.
    static func isMisspeltStepsMarker(_ line: String) -> Bool {
        guard line.hasPrefix("<!--"), line.hasSuffix("-->"), line.count >= 7 else { return false }
        let inner = String(line.dropFirst(4).dropLast(3)).trimmed.lowercased()
        return inner == "steps" || inner == "step"
    }

    /// The URL path of a content file's folder, where files beside it are published:
    /// `content/posts/x.md` -> `/posts/`.
    static func basePath(of path: String, rootPath: String) -> String {
        let folders = path.split(separator: "/").dropFirst().dropLast()
        return rootPath + folders.map { "\($0)/" }.joined()
    }

    /// The folder of a content file, where its links to other content files start from:
    /// `content/posts/x.md` -> `content/posts/`.
    static func sourceFolder(of path: String) -> String {
        path.split(separator: "/").dropLast().map { "\($0)/" }.joined()
    }

    /// The Markdown options the site's config asks for.
    func markdownOptions(headingLevelOffset: Int = 0, reservedIDs: Set<String> = []) -> MarkdownOptions {
        MarkdownOptions(
            allowsRawHTML: config.markdown.unsafe, smartPunctuation: config.markdown.smart,
            rootPath: config.rootPath, headingLevelOffset: headingLevelOffset, reservedIDs: reservedIDs)
    }
}
