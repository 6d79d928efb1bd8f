import Foundation
import MendSite
import Testing

/// Every input the content fuzzer starts from (Fuzz/content-seeds/) or once failed on
/// (Fuzz/regressions/content/) goes through the fuzzer's own code, ``ContentFuzzCase``,
/// with the default theme, and must keep every promise it checks.
@Suite("Content fuzzer inputs replay cleanly")
struct ContentFuzzReplayTests {
    static let fuzz = ThemeFolder.repository.appendingPathComponent("Fuzz")

    /// The inputs in `folder` (every file but README.md), sorted by name.
    static func inputs(in folder: String) throws -> [URL] {
        let url = fuzz.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        return names.filter { $0 != "README.md" && !$0.hasPrefix(".") }.sorted().map { url.appendingPathComponent($0) }
    }

    static func replay(_ input: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let bytes = [UInt8](try Data(contentsOf: input))
        let problems = ContentFuzzCase(bytes, theme: try ThemeFolder.read()).problems()
        #expect(problems.isEmpty, "\(input.lastPathComponent): \(problems)", sourceLocation: sourceLocation)
    }

    @Test func regressionsReplay() throws {
        let inputs = try Self.inputs(in: "regressions/content")
        for input in inputs { try Self.replay(input) }
    }

    @Test func seedsReplayAndBuild() throws {
        let seeds = try Self.inputs(in: "content-seeds")
        #expect(seeds.count >= 5)
        for seed in seeds { try Self.replay(seed) }
        // The full seed is a working site: the harness really builds pages from it.
        let full = try Data(contentsOf: Self.fuzz.appendingPathComponent("content-seeds/full-site.bin"))
        let result = SiteBuilder(options: ContentFuzzCase.options)
            .build(FuzzSite([UInt8](full)).sources + (try ThemeFolder.read()))
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(result.files.contains { $0.path == "posts/hello/index.html" })
        #expect(result.files.contains { $0.path == "guides/trust/listen/index.html" })
    }

    @Test func commentsWithoutAnAddressGetTheSecretOne() {
        let site = FuzzSite(Array("a\0b\0c\0d\0e\0f\0id: c1\n\0id: c2\nemail: x@y.example\n".utf8))
        #expect(site.sources.map(\.path) == FuzzSite.paths)
        #expect(site.sources[6].text == "id: c1\n\nemail: \(FuzzSite.secret)\n")
        #expect(site.sources[7].text == "id: c2\nemail: x@y.example\n")
        #expect(FuzzSite(Array(repeating: 0, count: 40)).sources.count == FuzzSite.maxFiles)
    }

    @Test func theSecretInAnOutputIsALeakUnlessAPageQuotesIt() {
        let page = OutputFile(path: "posts/hello/index.html", bytes: Array("<p>\(FuzzSite.secret)</p>".utf8))
        let comment = SourceFile(path: "content/comments/posts/hello/c1.yml", text: "email: \(FuzzSite.secret)\n")
        #expect(ContentFuzzCase.secretLeaks(in: [page], sources: [comment])
            == ["posts/hello/index.html holds a comment's email address"])
        let post = SourceFile(path: "content/posts/hello.md", text: "Write to \(FuzzSite.secret).")
        #expect(ContentFuzzCase.secretLeaks(in: [page], sources: [comment, post]).isEmpty)
    }
}
