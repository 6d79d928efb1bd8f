import Foundation
import Testing
import MendServe

@Suite("Reading a source tree")
struct SourceTreeReaderTests {
    @Test func readsTheSourceFoldersSortedAndSkipsHiddenAndBackupFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(["content/b.md": "b", "content/a/x.md": "x", "content/.hidden": "h", "content/.git/HEAD": "h",
                          "content/b.md~": "old", "content/#b.md#": "old", "content/b.md.bak": "old",
                          "templates/page.mustache": "p", "templates/page.mustache.orig": "p",
                          "static/robots.txt": "r", "other/ignored.txt": "i"])
        let tree = SourceTreeReader(root: folder.url).readTree()
        #expect(tree.diagnostics.isEmpty)
        #expect(tree.files.map(\.path) == ["content/a/x.md", "content/b.md", "static/robots.txt", "templates/page.mustache"])
        #expect(tree.files.first?.text == "x")
    }

    @Test func linksAreFollowedAndBrokenLinksLoopsAndDevicesAreReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(["content/posts/a.md": "a", "shared/images/logo.svg": "<svg/>"])
        let fileManager = FileManager.default
        try fileManager.createSymbolicLink(atPath: folder.url.path + "/content/images", withDestinationPath: "../shared/images")
        try fileManager.createSymbolicLink(atPath: folder.url.path + "/content/posts/gone.md", withDestinationPath: "nowhere.md")
        try fileManager.createSymbolicLink(atPath: folder.url.path + "/content/posts/loop", withDestinationPath: "..")
        #expect(mkfifo(folder.url.path + "/content/posts/pipe", 0o644) == 0)
        let tree = SourceTreeReader(root: folder.url).readTree()
        #expect(tree.files.map(\.path) == ["content/images/logo.svg", "content/posts/a.md"])
        #expect(tree.diagnostics.map(\.description) == [
            "content/posts/gone.md: error: a symbolic link whose target is missing: remove it or point it at a file",
            "content/posts/loop: error: this folder is reached twice through symbolic links (a loop, or two links to one folder): remove one of the links",
            "content/posts/pipe: warning: not a regular file or folder (a device, socket or pipe), so not read: move it out of the site's folders",
        ])
        #expect(throws: SourceReadError.self) { try SourceTreeReader(root: folder.url).read() }
    }
}
