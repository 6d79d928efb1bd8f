import Foundation
import Testing
import MendSite

@Suite("Byte-identical output")
struct DeterminismTests {
    @Test func twoBuildsOfTheSameSourcesAreIdentical() throws {
        let first = try Fixtures.build(Fixtures.packageRoot)
        let second = try Fixtures.build(Fixtures.packageRoot)
        #expect(first.files == second.files)
    }

    @Test func theBuildDoesNotDependOnWhereTheSourcesLive() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = folder.url.appendingPathComponent("elsewhere/site")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.site("valid-blog"), to: copy)
        let here = try Fixtures.build(Fixtures.site("valid-blog"))
        let there = try Fixtures.build(copy)
        #expect(here.succeeded && here.files.contains { $0.source != nil }, "the fixture has a file to copy")
        #expect(try Fixtures.written(here) == Fixtures.written(there))
    }

    @Test func theCLIWritesTheSameBytesTwice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let source = Fixtures.site("valid-blog").path
        let one = folder.url.appendingPathComponent("one").path, two = folder.url.appendingPathComponent("two").path
        #expect(try MendProcess.run(["build", "--source", source, "--output", one, "--quiet"]).status == 0)
        #expect(try MendProcess.run(["build", "--source", source, "--output", two, "--quiet"], in: folder.url).status == 0)
        let a = try Fixtures.files(in: URL(fileURLWithPath: one)), b = try Fixtures.files(in: URL(fileURLWithPath: two))
        #expect(!a.isEmpty && a == b)
    }
}

@Suite("Byte-identical output for any number of jobs")
struct JobCountTests {
    @Test func everyJobCountBuildsTheSameBytes() throws {
        let sources = GeneratedSite(seed: 21).sources
        let reference = SiteBuilder(options: BuildOptions(jobs: 1)).build(sources)
        try #require(reference.succeeded && reference.files.count > 150)
        for jobs in [2, 3, 7, nil] {
            let result = SiteBuilder(options: BuildOptions(jobs: jobs)).build(sources)
            #expect(result.files == reference.files, "--jobs \(jobs.map(String.init) ?? "default") differs from --jobs 1")
        }
    }

    @Test func theCLIWritesTheSameBytesWithOneJobAndWithMany() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let source = Fixtures.packageRoot.path
        let one = folder.url.appendingPathComponent("one").path, many = folder.url.appendingPathComponent("many").path
        #expect(try MendProcess.run(["build", "--source", source, "--output", one, "--quiet", "--jobs", "1"]).status == 0)
        #expect(try MendProcess.run(["build", "--source", source, "--output", many, "--quiet", "-j", "5"]).status == 0)
        let a = try Fixtures.files(in: URL(fileURLWithPath: one)), b = try Fixtures.files(in: URL(fileURLWithPath: many))
        #expect(a.count > 20 && a == b)
        let zero = try MendProcess.run(["build", "--source", source, "--output", one, "--jobs", "0"])
        #expect(zero.status != 0 && zero.standardError.contains("--jobs 0: give at least 1"))
    }
}

@Suite("Streaming a build")
struct StreamingBuildTests {
    /// Handed over as they are made, from the rendering threads: every file once, the same bytes.
    @Test func everyFileIsHandedOverOnceWithTheSameBytes() throws {
        let sources = GeneratedSite(seed: 8).sources
        let kept = SiteBuilder().build(sources)
        let received = Received()
        let streamed = SiteBuilder().build(sources, emit: received.add)
        try #require(kept.succeeded && streamed.succeeded)
        #expect(streamed.files.isEmpty && streamed.outputPaths == kept.outputPaths)
        let files = received.files
        #expect(files.count == kept.files.count, "each file once")
        #expect(files.sorted { $0.path < $1.path } == kept.files)
    }
}

/// Collects the files a streaming build hands over, from any thread.
private final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [OutputFile] = []

    func add(_ file: OutputFile) { lock.withLock { list.append(file) } }
    var files: [OutputFile] { lock.withLock { list } }
}
