import Foundation
import Testing

/// The ways `mend build` was found to lose a writer's files, each tried through the CLI.
@Suite("mend build never touches the sources")
struct BuildSafetyTests {
    @Test(arguments: ["content/pages", "./content//pages/", "self", "self/public/..", "content/pages/../..", "templates"])
    func anOutputInsideTheSourcesIsRefusedBeforeAnythingIsRead(_ output: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        try folder.write(["site/content/pages/index.html": "<p>a page the writer keeps here</p>"])
        try FileManager.default.createSymbolicLink(atPath: site.path + "/self", withDestinationPath: ".")
        let before = try folder.contents()
        let outcome = try MendProcess.run(["build", "--verbose", "--output", output], in: site)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("\(output): error: "), "\(outcome.standardError)")
        #expect(!outcome.standardError.contains("[1/"), "refused before reading: \(outcome.standardError)")
        #expect(try folder.contents() == before)
        #expect(try folder.names(in: "site") == ["content", "self"])
    }

    @Test func anOutputTheSourcesReachThroughALinkIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        #expect(try MendProcess.run(["build", "--quiet"], in: site).status == 0)
        try folder.write(["notes/about.md": "---\ntitle: Mine\n---\nKeep me.\n", "notes/index.html": "x"])
        let fileManager = FileManager.default
        try fileManager.createSymbolicLink(atPath: site.path + "/content/posts/mirror", withDestinationPath: "../../public")
        try fileManager.createSymbolicLink(atPath: site.path + "/content/shared", withDestinationPath: "../../notes")
        let before = try folder.contents()
        for output in ["public", "../notes"] {
            let outcome = try MendProcess.run(["build", "--output", output], in: site)
            #expect(outcome.status == 1, "\(output)")
            #expect(outcome.standardError.contains("\(output): error: the output folder overlaps the site's"), "\(outcome.standardError)")
        }
        #expect(try folder.contents() == before, "nothing was written, nothing nested")
    }

    @Test func aSourceFolderThatDoesNotExistIsSaidSo() throws {
        let outcome = try MendProcess.run(["build", "--source", "/no/such/dir"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("/no/such/dir: error: the source folder does not exist"))
        #expect(!outcome.standardError.contains("site.yml: error"))
    }

    @Test func unreadableFilesAndFoldersAreErrorsWithTheirPaths() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        try folder.write(["site/content/posts/locked.md": "---\ntitle: Locked\n---\nSecret.\n",
                          "site/content/posts/closed/inner.md": "---\ntitle: Inner\n---\n"])
        try build(site, expectStatus: 0)
        let before = try Fixtures.files(in: site.appendingPathComponent("public"))
        chmod(site.path + "/content/posts/locked.md", 0o000)
        chmod(site.path + "/content/posts/closed", 0o000)
        defer { chmod(site.path + "/content/posts/closed", 0o755) }
        let outcome = try build(site, expectStatus: 1)
        #expect(outcome.standardError.contains(
            "content/posts/locked.md: error: cannot read the file: permission denied: give yourself read access"))
        #expect(outcome.standardError.contains("content/posts/closed: error: cannot open the folder: permission denied"))
        #expect(outcome.standardError.contains("Build failed with 2 errors"))
        #expect(!outcome.standardError.contains("Domain="))
        #expect(try Fixtures.files(in: site.appendingPathComponent("public")) == before)
    }

    @Test func aReadOnlyOutputParentIsAnErrorThatNamesIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        try FileManager.default.createDirectory(atPath: folder.url.path + "/locked", withIntermediateDirectories: true)
        chmod(folder.url.path + "/locked", 0o555)
        let outcome = try build(site, expectStatus: 1, output: folder.url.path + "/locked/public")
        #expect(outcome.standardError.contains(
            "/locked: error: cannot write in the folder that holds the output folder: permission denied"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("Build failed"))
        #expect(!outcome.standardError.contains("Domain="))
    }

    @Test func aFileNameThatIsNotUTF8IsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        let name = site.path + "/content/posts/caf\u{FF}.md"
        let bad = Array(name.utf8.dropLast(5)) + [0x65, 0xE9] + Array(".md".utf8) + [0]
        let descriptor = bad.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(descriptor >= 0)
        close(descriptor)
        let outcome = try build(site, expectStatus: 1)
        #expect(outcome.standardError.contains("content/posts/cafe\\xE9.md: error: the file name is not UTF-8 text"), "\(outcome.standardError)")
    }

    /// Runs `mend build` in `site`, as an unprivileged user when the tests run as root
    /// (root reads and writes everything, so permissions could not be tested).
    @discardableResult
    private func build(_ site: URL, expectStatus: Int32, output: String? = nil) throws -> MendProcess.Outcome {
        let outcome = try MendProcess.run(["build", "--quiet"] + (output.map { ["--output", $0] } ?? []), in: site,
                                          unprivileged: true)
        #expect(outcome.status == expectStatus, "\(outcome.standardError)")
        return outcome
    }
}
