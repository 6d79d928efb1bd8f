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
    private var memory = BuildMemory()
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
    public mutating func update(_ changes: [SourceChange], observe: (BuildEvent) -> Void = { _ in }) -> BuildUpdate {
        for change in changes {
            switch change {
            case .write(let file) where SourceFilter.isIgnored(path: file.path): continue
            case .write(let file): if sources.updateValue(file, forKey: file.path) == nil { sortedPaths = nil }
            case .remove(let path): if sources.removeValue(forKey: path) != nil { sortedPaths = nil }
            }
        }
        return run(observe: observe)
    }

    /// The sources as the build holds them, sorted by path.
    public var currentSources: [SourceFile] {
        (sortedPaths ?? sources.keys.sorted()).map { sources[$0]! }
    }
}

private extension IncrementalBuild {
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
        var written: [OutputFile] = []
        for file in result.files {
            let digest = OutputDigest(file)
            if outputs.updateValue(digest, forKey: file.path) != digest { written.append(file) }
        }
        return BuildUpdate(result: result, written: written, removed: removed, parsedCount: memory.parse.parsedCount,
                           reusedCount: memory.parse.reusedCount, renderedCount: result.files.count)
    }
}
