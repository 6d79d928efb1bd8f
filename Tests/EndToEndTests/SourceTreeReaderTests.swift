import Foundation
import Testing
@testable import MendServe
import MendSite

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

    @Test func filesOfEverySizeAreReadWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let sizes = [0, 1, 4_095, 65_536, 65_537, 300_001]
        var files: [String: String] = [:]
        for size in sizes { files["content/f\(size).md"] = String((0..<size).map { Character(UnicodeScalar(UInt8(97 + $0 % 26))) }) }
        try folder.write(files)
        let tree = SourceTreeReader(root: folder.url).readTree()
        #expect(tree.diagnostics.isEmpty)
        for file in tree.files { #expect(file.text == files[file.path], "\(file.path)") }
        #expect(tree.files.count == sizes.count)
    }

    /// The walk lists the files, then they are read: one removed in between (an editor's
    /// temporary file) is left out; one that cannot be read for another reason (here a folder
    /// now stands in its place: EISDIR; a link whose target went) is an error.
    @Test func aFileRemovedBetweenListingAndReadingIsLeftOut() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(["content/kept.md": "kept", "content/gone.md": "gone", "content/locked.md": "locked", "shared/target.md": "t"])
        try FileManager.default.createSymbolicLink(atPath: folder.url.path + "/content/link.md", withDestinationPath: "../shared/target.md")
        var tree = SourceTreeReader.Tree()
        var walker = SourceTreeWalker()
        walker.walk(folder.url.path + "/content", shownAs: "content", into: &tree)
        try FileManager.default.removeItem(atPath: folder.url.path + "/content/gone.md")
        try FileManager.default.removeItem(atPath: folder.url.path + "/shared/target.md")
        try FileManager.default.removeItem(atPath: folder.url.path + "/content/locked.md")
        try FileManager.default.createDirectory(atPath: folder.url.path + "/content/locked.md", withIntermediateDirectories: false)
        walker.readFiles(into: &tree, work: ParallelWork(jobs: 2))
        #expect(tree.files.map(\.path) == ["content/kept.md"])
        // The link is still there, its target is not: an error, as when the walk meets one.
        #expect(tree.diagnostics.map(\.location.path).sorted() == ["content/link.md", "content/locked.md"])
    }
}

@Suite("Files copied as they are")
struct CopiedFilesTests {
    /// Media and static files are never read into memory: the reader gives where they lie,
    /// and the written site has their exact bytes.
    @Test func mediaAndStaticFilesAreCopiedFileToFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        let big = [UInt8]((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try Data(big).write(to: site.appendingPathComponent("content/posts/photo.jpg"))
        try FileManager.default.createDirectory(at: site.appendingPathComponent("static/files"), withIntermediateDirectories: true)
        try Data("hello".utf8).write(to: site.appendingPathComponent("static/files/note.txt"))
        let tree = SourceTreeReader(root: site).readTree()
        let photo = try #require(tree.files.first { $0.path == "content/posts/photo.jpg" })
        #expect(photo.bytes.isEmpty && photo.location?.size == big.count)
        #expect(tree.files.first { $0.path == "static/files/note.txt" }?.location != nil)
        #expect(tree.files.first { $0.path.hasSuffix(".md") }?.bytes.isEmpty == false, "Markdown is read")
        let out = folder.url.appendingPathComponent("out").path
        #expect(try MendProcess.run(["build", "--quiet", "--source", site.path, "--output", out]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/posts/photo.jpg")) == Data(big))
        #expect(try String(contentsOfFile: out + "/files/note.txt", encoding: .utf8) == "hello")
    }

    @Test func anUnreadableMediaFileIsAnErrorBeforeAnythingIsWritten() throws {
        try #require(getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        let photo = site.appendingPathComponent("content/posts/locked.jpg")
        try Data([1, 2, 3]).write(to: photo)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: photo.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.url.path)
        let outcome = try MendProcess.run(["build", "--quiet", "--output", folder.url.path + "/out"], in: site, unprivileged: true)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("content/posts/locked.jpg: error: cannot read the file"), "\(outcome.standardError)")
    }
}
