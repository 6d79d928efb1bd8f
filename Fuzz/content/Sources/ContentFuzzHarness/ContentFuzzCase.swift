import MendSite

/// One fuzz input run through Mend's core: ``FuzzSite`` plus a theme, built twice by
/// `SiteBuilder` (configure, parse, derive and render), then checked.
///
/// Besides "never crash, hang or trip a sanitizer", a build must:
/// - be deterministic: the second build gives the same files and diagnostics;
/// - put every diagnostic in a file of the site (or a path the site should have had), on a
///   line that file has;
/// - never write ``FuzzSite/secret`` (an address given in a comment) into any output file;
/// - give no files when it reports an error.
public struct ContentFuzzCase: Sendable {
    public let site: FuzzSite
    public let theme: [SourceFile]
    /// `mend build`'s defaults: drafts left out, `comments.close_after_days` counted from the
    /// newest date in the sources (never the clock).
    public static let options = BuildOptions()

    public init(_ bytes: [UInt8], theme: [SourceFile]) {
        site = FuzzSite(bytes)
        self.theme = theme
    }

    /// Builds the site and returns every broken promise, described; empty when all hold.
    public func problems() -> [String] {
        let sources = site.sources + theme
        let first = SiteBuilder(options: Self.options).build(sources)
        let second = SiteBuilder(options: Self.options).build(sources)
        var problems: [String] = []
        if first.files != second.files || first.diagnostics != second.diagnostics {
            problems.append("two builds of the same sources differ")
        }
        if !first.succeeded && !first.files.isEmpty {
            problems.append("a failed build returned \(first.files.count) files")
        }
        problems += first.diagnostics.compactMap { misplaced($0, sources: sources) }
        problems += Self.secretLeaks(in: first.files, sources: sources)
        return problems
    }

    /// The output files that hold ``FuzzSite/secret``, unless a source outside the comments
    /// (a page, a template) writes it itself.
    public static func secretLeaks(in files: [OutputFile], sources: [SourceFile]) -> [String] {
        let secret = Array(FuzzSite.secret.utf8)
        let quoted = sources.contains { !$0.path.hasPrefix("content/comments/") && $0.bytes.contains(subsequence: secret) }
        guard !quoted else { return [] }
        return files.filter { $0.bytes.contains(subsequence: secret) }.map { "\($0.path) holds a comment's email address" }
    }

    /// A description of what is wrong with where `diagnostic` points, or `nil`.
    func misplaced(_ diagnostic: Diagnostic, sources: [SourceFile]) -> String? {
        let location = diagnostic.location
        guard location.line >= 0, location.column >= 0 else { return "negative position: \(diagnostic)" }
        guard location.line > 0, let file = sources.first(where: { $0.path == location.path }) else { return nil }
        let lines = file.bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        guard location.line <= lines else { return "line past the end of \(lines)-line file: \(diagnostic)" }
        return nil
    }
}
