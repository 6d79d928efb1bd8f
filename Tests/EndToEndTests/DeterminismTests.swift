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
        #expect(here.succeeded)
        #expect(here.files == there.files)
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
