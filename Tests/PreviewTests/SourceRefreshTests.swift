import Foundation
import MendDefaultTheme
import MendServe
import MendSite
import Testing

@Suite("Reported paths become the build's edits")
struct SourceRefreshTests {
    @Test func filesFoldersAndRemovals() throws {
        let site = try TemporarySite("valid-blog")
        defer { site.remove() }
        let refresh = SourceRefresh(root: site.root)
        let known = SourceTreeReader(root: site.root).readTreeWithDefaultTheme().files.map(\.path)
        try site.write("content/posts/new.md", "---\ntitle: New\n---\nx\n")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/guides"))
        try site.write("content/posts/.new.md.swp", "swap")
        let (changes, problems, read) = refresh.changes(for: ["content/posts/new.md", "content/guides", "content/posts/.new.md.swp",
                                                         "public/index.html", "../etc/passwd"], known: known)
        #expect(problems.isEmpty)
        #expect(read == ["content/guides", "content/posts/new.md"], "outside paths and ignored names are not read")
        let written = changes.compactMap { if case .write(let file) = $0 { file.path } else { nil } }
        let removed = changes.compactMap { if case .remove(let path) = $0 { path } else { nil } }
        #expect(written == ["content/posts/new.md"])
        #expect(removed.sorted() == known.filter { $0.hasPrefix("content/guides/") }.sorted())
        #expect(removed.count == 3)
    }

    @Test func aTemplateRemovedFallsBackToTheDefaultTheme() throws {
        let site = try TemporarySite("valid-blog")
        defer { site.remove() }
        try site.write("templates/page.mustache", "<p>mine</p>")
        let known = SourceTreeReader(root: site.root).readTreeWithDefaultTheme().files.map(\.path)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates"))
        let (changes, _, _) = SourceRefresh(root: site.root).changes(for: ["templates"], known: known)
        let theme = try #require(DefaultTheme.files.first { $0.path == "templates/page.mustache" })
        #expect(changes.contains(.write(theme)))
        #expect(!changes.contains(.remove("templates/page.mustache")))
    }

    @Test func outermostPaths() {
        #expect(SourceRefresh.outermost(["content/a/b", "content/a", "content/a-b", "content/a/b/c", "content/a"])
                == ["content/a", "content/a-b"])
    }
}
