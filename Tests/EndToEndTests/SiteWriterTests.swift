import Foundation
import Testing
@testable import MendServe
import MendSite

@Suite("Writing the output folder")
struct SiteWriterTests {
    @Test func aRebuildReplacesTheFolderAndLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("public")
        let writer = SiteWriter(output: output)
        try writer.write([OutputFile(path: "index.html", bytes: Array("one".utf8)),
                          OutputFile(path: "old/index.html", bytes: Array("gone".utf8))], sourceRoot: folder.url.appendingPathComponent("site"))
        try writer.write([OutputFile(path: "index.html", bytes: Array("two".utf8))], sourceRoot: folder.url.appendingPathComponent("site"))
        #expect(try Fixtures.files(in: output) == ["index.html": Data("two".utf8)])
        var leftovers: [String] = []
        for _ in 0..<100 {
            leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0 != "public" }
            if leftovers.isEmpty { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(leftovers.isEmpty, "the replaced output is removed: \(leftovers)")
    }

    @Test func anUnsafePathWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("public")
        try folder.write(["public/index.html": "before"])
        #expect(throws: SiteWriterError.unsafePath("../escape.html")) {
            try SiteWriter(output: output).write([OutputFile(path: "a.html", bytes: []),
                                                  OutputFile(path: "../escape.html", bytes: [])],
                                                 sourceRoot: folder.url.appendingPathComponent("site"))
        }
        #expect(try folder.contents() == ["public/index.html": Data("before".utf8)])
    }
}
