import Foundation
import Testing
import MendServe

@Suite("Reading a source tree")
struct SourceTreeReaderTests {
    @Test func readsContentAndTemplatesSortedAndSkipsHiddenFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mend-reader-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in ["content/b.md": "b", "content/a/x.md": "x", "content/.hidden": "h",
                             "templates/page.mustache": "p", "other/ignored.txt": "i"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let files = try SourceTreeReader(root: root).read()
        #expect(files.map(\.path) == ["content/a/x.md", "content/b.md", "templates/page.mustache"])
        #expect(files.first?.text == "x")
    }
}
