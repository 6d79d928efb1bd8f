/// A build that remembers what it computed, for a preview that rebuilds on every edit: the
/// sources by path, a ``BuildMemory`` (each source's parse result keyed by the inputs that
/// shaped it, what each output file was made from) and a fingerprint of every output file
/// (not its bytes). ``update(_:observe:)`` applies edits, parses again only the files whose
/// inputs changed, renders again only the files whose inputs changed, and returns only the
/// output files that changed. A clean build is the same code with an empty memory, and the
/// output after any sequence of updates is byte-identical to a clean build of the same sources.
///
/// ```swift
/// var build = IncrementalBuild(options: BuildOptions())
/// let first = build.build(sources)                       // every file is written
/// let next = build.update([.write(editedPost)])          // only what the edit changed
/// ```
public struct IncrementalBuild: Sendable {
    public let options: BuildOptions
    private var sources: [String: SourceFile] = [:]
    /// The sources' paths, sorted; `nil` after a file was added or removed.
    private var sortedPaths: [String]?
    private var memory = BuildMemory(keepingSite: true)
    private var outputs: [String: OutputDigest] = [:]

    public init(options: BuildOptions = BuildOptions()) {
        self.options = options
    }

    /// Builds `sources` (replacing what the build held before). Files ``SourceFilter``
    /// ignores (hidden, backups, swap files) are left out, as the source reader leaves them.
    public mutating func build(_ sources: [SourceFile], observe: (BuildEvent) -> Void = { _ in }) -> BuildUpdate {
        let kept = sources.filter { !SourceFilter.isIgnored(path: $0.path) }
        self.sources = Dictionary(kept.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
        sortedPaths = nil
        return run(observe: observe)
    }

    /// Applies `changes` to the sources and builds again; a change to a file ``SourceFilter``
    /// ignores (an editor's lock or swap file) changes nothing.
    /// Edits of existing content files that move no page (a body, most title edits) take a
    /// short path (``SiteBuilder/patch(_:memory:observe:)``); others, a full build that
    /// reuses what it can. Both give the same output.
    public mutating func update(_ changes: [SourceChange], observe: (BuildEvent) -> Void = { _ in }) -> BuildUpdate {
        var edited: Set<String> = []
        var addsOrRemoves = false
        for change in changes {
            switch change {
            case .write(let file) where SourceFilter.isIgnored(path: file.path): continue
            case .write(let file):
                if sources.updateValue(file, forKey: file.path) == nil { sortedPaths = nil; addsOrRemoves = true }
                edited.insert(file.path)
            case .remove(let path):
                if sources.removeValue(forKey: path) != nil { sortedPaths = nil; addsOrRemoves = true }
            }
        }
        if !addsOrRemoves, let patched = patch(edited.sorted().map { sources[$0]! }, observe: observe) { return patched }
        return run(observe: observe)
    }

    /// Does now the work the next edit of a page's text would otherwise start with (readying
    /// the similar-posts index for updates), so that edit is as quick as the ones after it.
    /// For a caller that is idle after a build, as a preview waiting for the writer is.
    public mutating func prepareForEdits() {
        memory.similarity?.index.prepareForUpdates()
    }

    /// The sources as the build holds them, sorted by path.
    public var currentSources: [SourceFile] {
        currentPaths.map { sources[$0]! }
    }

    /// Whether the build holds a source at `path`.
    public func holds(_ path: String) -> Bool {
        sources[path] != nil
    }

    /// The sources' paths, sorted.
    public var currentPaths: [String] {
        sortedPaths ?? sources.keys.sorted()
    }
}

private extension IncrementalBuild {
    mutating func patch(_ files: [SourceFile], observe: (BuildEvent) -> Void) -> BuildUpdate? {
        guard let result = SiteBuilder(options: options).patch(files, memory: &memory, observe: observe) else { return nil }
        return BuildUpdate(result: result, written: changedFiles(result.files), removed: [], parsedCount: memory.parse.parsedCount,
                           reusedCount: memory.parse.reusedCount, renderedCount: result.files.count, patched: true)
    }

    /// The files whose bytes differ from the last ones written at their paths.
    mutating func changedFiles(_ files: [OutputFile]) -> [OutputFile] {
        files.filter { file in
            let digest = OutputDigest(file)
            return outputs.updateValue(digest, forKey: file.path) != digest
        }
    }

    mutating func run(observe: (BuildEvent) -> Void) -> BuildUpdate {
        if sortedPaths == nil { sortedPaths = sources.keys.sorted() }
        let result = SiteBuilder(options: options).build(currentSources, memory: &memory, observe: observe)
        guard result.succeeded else {
            return BuildUpdate(result: result, written: [], removed: [], parsedCount: memory.parse.parsedCount,
                               reusedCount: memory.parse.reusedCount, renderedCount: 0)
        }
        let current = Set(result.outputPaths)
        let removed = outputs.keys.filter { !current.contains($0) }.sorted()
        for path in removed { outputs[path] = nil }
        return BuildUpdate(result: result, written: changedFiles(result.files), removed: removed, parsedCount: memory.parse.parsedCount,
                           reusedCount: memory.parse.reusedCount, renderedCount: result.files.count)
    }
}
