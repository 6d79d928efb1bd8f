import Foundation
import Testing

/// `mend init`: a new site from the binary alone, that builds clean; a folder with
/// anything in it is refused, and --force adds only what is missing.
@Suite("mend init")
struct InitCommandTests {
    func contents(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("a new site builds strictly, with no warning, and mend new adds to it")
    func newSiteBuilds() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = folder.url.appendingPathComponent("my-site")
        let made = try MendProcess.run(["init", site.path])
        #expect(made.status == 0, "\(made.standardError)")
        for path in ["content/site.yml", "content/guides/writing-a-guide/index.md", "content/guides/writing-a-guide/01-write-the-introduction.md",
                     "content/guides/writing-a-guide/02-add-the-steps.md", "content/pages/about.md", "content/pages/privacy.md",
                     ".github/workflows/site.yml", ".gitignore"] {
            #expect(made.standardOutput.contains("wrote \(site.path)/\(path)\n"), "\(path)")
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("templates").path), "the theme is built in")
        let yaml = try #require(contents(site.appendingPathComponent("content/site.yml")))
        for key in ["title:", "description:", "base_url:", "language:", "similar_posts:", "paginate:", "support:", "comments:"] {
            let line = try #require(yaml.components(separatedBy: "\n").firstIndex { $0.hasPrefix(key) }, "\(key)")
            #expect(yaml.components(separatedBy: "\n")[line - 1].hasPrefix("#"), "\(key) has a line about it")
        }
        #expect(try MendProcess.run(["new", "step", "writing-a-guide", "--title", "Share it", "--source", site.path]).status == 0)
        let output = folder.url.appendingPathComponent("out")
        let build = try MendProcess.run(["build", "--strict", "--source", site.path, "--output", output.path])
        #expect(build.status == 0 && build.standardError.isEmpty, "\(build.standardError)")
        let second = try #require(contents(output.appendingPathComponent("guides/writing-a-guide/add-the-steps/index.html")))
        #expect(second.contains(#"<a href="/guides/writing-a-guide/write-the-introduction/">the first step</a>"#))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("guides/writing-a-guide/share-it/index.html").path))
        let workflow = try #require(contents(site.appendingPathComponent(".github/workflows/site.yml")))
        #expect(workflow.contains("mend build --strict") && workflow.contains("mend check") && workflow.contains("actions/deploy-pages"))
    }

    @Test("a folder holding only .git is taken; one holding anything else is refused, writing nothing")
    func refusesAFolderThatIsNotEmpty() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("git-only/.git"), withIntermediateDirectories: true)
        #expect(try MendProcess.run(["init", folder.url.appendingPathComponent("git-only").path]).status == 0)
        let busy = folder.url.appendingPathComponent("busy")
        try FileManager.default.createDirectory(at: busy, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: busy.appendingPathComponent("notes.txt"))
        let refused = try MendProcess.run(["init", busy.path])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("is not empty (it holds notes.txt): name a new folder, or add --force"), "\(refused.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: busy.path) == ["notes.txt"])
        let file = busy.appendingPathComponent("notes.txt")
        #expect(try MendProcess.run(["init", file.path]).standardError.contains("is a file"))
    }

    @Test("--force adds the missing files and replaces none")
    func forceAddsWhatIsMissing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = folder.url.appendingPathComponent("site")
        #expect(try MendProcess.run(["init", site.path]).status == 0)
        let about = site.appendingPathComponent("content/pages/about.md")
        try Data("---\ntitle: Mine\n---\nMy own words.\n".utf8).write(to: about)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/pages/privacy.md"))
        let again = try MendProcess.run(["init", site.path, "--force"])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.contains("wrote \(site.path)/content/pages/privacy.md\n"))
        #expect(again.standardOutput.contains("kept  \(site.path)/content/pages/about.md (it exists)\n"))
        #expect(contents(about) == "---\ntitle: Mine\n---\nMy own words.\n")
    }
}
