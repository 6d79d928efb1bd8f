import MendSite
import Testing

/// Builds a generated site once, then applies edits one by one, checking after each that the
/// output files (as written so far) are byte for byte a clean build's of the same sources.
struct EditReplay {
    var site: GeneratedSite
    let options: BuildOptions
    private(set) var build: IncrementalBuild
    /// The first build's update: every file written.
    let first: BuildUpdate
    /// The output as the updates wrote it, by path.
    private(set) var disk: [String: [UInt8]]
    /// How many updates took the short path, and how many the full one.
    private(set) var patched = 0, full = 0

    init(_ site: GeneratedSite, options: BuildOptions = BuildOptions()) throws {
        self.site = site
        self.options = options
        build = IncrementalBuild(options: options)
        first = build.build(site.sources)
        try #require(first.result.succeeded, "\(first.result.diagnostics)")
        disk = Dictionary(uniqueKeysWithValues: first.written.map { ($0.path, $0.bytes) })
    }

    /// Makes `steps` edits with `edit`; `check` sees each update. Stops at the first
    /// difference from a clean build (recorded as a failed expectation).
    mutating func run(_ steps: Int, edit: (inout GeneratedSite) -> (String, [SourceChange]),
                      check: (BuildUpdate, _ kind: String, _ changes: [SourceChange]) -> Void = { _, _, _ in }) throws {
        for step in 0..<steps {
            let (kind, changes) = edit(&site)
            let update = build.update(changes)
            try #require(update.result.succeeded, "step \(step) (\(kind)): \(update.result.diagnostics)")
            if update.patched { patched += 1 } else { full += 1 }
            check(update, kind, changes)
            for path in update.removed { disk[path] = nil }
            for file in update.written { disk[file.path] = file.bytes }
            let wrong = differences()
            #expect(wrong.isEmpty, "step \(step) (\(kind), \(update.patched ? "short" : "full") path): differs from a clean build at \(wrong.prefix(5))")
            if !wrong.isEmpty { return }
        }
    }

    /// The output paths where `disk` differs from a clean build of the site's sources.
    func differences() -> [String] {
        let clean = SiteBuilder(options: options).build(site.sources)
        let expected = Dictionary(uniqueKeysWithValues: clean.files.map { ($0.path, $0.bytes) })
        return Set(expected.keys).symmetricDifference(disk.keys).sorted()
            + expected.keys.filter { disk[$0] != nil && disk[$0] != expected[$0] }.sorted()
    }
}
