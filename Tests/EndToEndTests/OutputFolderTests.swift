import Foundation
import Testing
import MendServe

@Suite("Where a build may write")
struct OutputFolderTests {
    /// A site at `<folder>/site` whose content/ and templates/ hold files, and a few links.
    private static func makeSite() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(["site/content/site.yml": "title: T\n", "site/content/pages/index.html": "x",
                          "site/templates/page.mustache": "p", "site/static/logo.svg": "<svg/>",
                          "elsewhere/content/guides/g/index.md": "# G", "empty/.keep": ""])
        let links = ["site/self": ".", "site/up": "..", "site/pages-link": "content/pages",
                     "outside-link": "site", "site/tpl": "templates"]
        for (link, target) in links {
            try FileManager.default.createSymbolicLink(atPath: folder.url.path + "/" + link, withDestinationPath: target)
        }
        return folder
    }

    @Test(arguments: [
        (".", "site"), ("./", "site"), ("site-dot-dot", "site"), ("..", "site"), ("up", "site"), ("up/site", "site"),
        ("self", "site"), ("self/", "site"), ("../outside-link", "site"),
        ("//\(FileManager.default.temporaryDirectory.path)/..", "site"),
        ("content", "content"), ("content/", "content"), ("content/pages", "content"), ("./content//pages/", "content"),
        ("content/../content/pages", "content"), ("new/../content", "content"), ("missing/../content/pages/new", "content"),
        ("pages-link", "content"), ("pages-link/deeper", "content"),
        ("content/pages/../../templates/x", "templates"), ("templates", "templates"), ("tpl/new", "templates"),
        ("static", "static"), ("static/sub", "static"),
    ])
    func anOutputOverlappingTheSourcesIsRefused(_ output: String, _ overlapped: String) throws {
        let folder = try Self.makeSite()
        defer { folder.remove() }
        let root = folder.url.path + "/site"
        let spelled = output == "site-dot-dot" ? "../site" : output
        let path = spelled.hasPrefix("//") ? spelled : root + "/" + spelled
        let reason: OutputFolderError.Reason = overlapped == "site" ? .holdsTheSite : .insideSources(overlapped)
        #expect(throws: OutputFolderError(shownAs: path, reason: reason), "\(output)") {
            try OutputFolder(path, sourceRoot: ResolvedPath(root))
        }
    }

    @Test func anEmptyOutputIsRefused() {
        #expect(throws: OutputFolderError(shownAs: "\"\"", reason: .empty)) {
            try OutputFolder("", sourceRoot: ResolvedPath("/tmp"))
        }
    }

    @Test func foldersTheSourcesReachThroughLinksAreSourcesToo() throws {
        let folder = try Self.makeSite()
        defer { folder.remove() }
        try folder.write(["notes/about.md": "mine", "notes/index.html": "x", "built/index.html": "x"])
        try FileManager.default.createSymbolicLink(atPath: folder.url.path + "/site/content/notes",
                                                   withDestinationPath: "../../notes")
        try FileManager.default.createSymbolicLink(atPath: folder.url.path + "/site/content/mirror",
                                                   withDestinationPath: "../../built")
        let root = ResolvedPath(folder.url.path + "/site")
        let linked = [folder.url.path + "/site/content/notes", folder.url.path + "/site/content/mirror"]
        for output in ["notes", "notes/sub", "built"] {
            let checked = try OutputFolder(folder.url.path + "/" + output, sourceRoot: root)
            #expect(throws: OutputFolderError.self, "\(output)") { try checked.check(linkedFolders: linked) }
        }
        try OutputFolder(folder.url.path + "/other-output", sourceRoot: root).check(linkedFolders: linked)
    }

    @Test(.enabled(if: getuid() == 0, "bind mounts need root"))
    func theSameFolderUnderAnotherNameIsRecognised() throws {
        let folder = try Self.makeSite()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.url.path + "/alias", withIntermediateDirectories: true)
        try #require(Shell.run("/bin/mount", ["--bind", folder.url.path + "/site", folder.url.path + "/alias"]) == 0)
        defer { _ = Shell.run("/bin/umount", [folder.url.path + "/alias"]) }
        let root = ResolvedPath(folder.url.path + "/site")
        #expect(throws: OutputFolderError(shownAs: folder.url.path + "/alias/content/pages", reason: .insideSources("content"))) {
            try OutputFolder(folder.url.path + "/alias/content/pages", sourceRoot: root)
        }
        #expect(throws: OutputFolderError(shownAs: folder.url.path + "/alias", reason: .holdsTheSite)) {
            try OutputFolder(folder.url.path + "/alias", sourceRoot: root)
        }
    }

    @Test func aLinkedContentFolderIsFollowed() throws {
        let folder = try Self.makeSite()
        defer { folder.remove() }
        let root = folder.url.path + "/linked-site"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/content", withDestinationPath: "../elsewhere/content")
        #expect(throws: OutputFolderError(shownAs: folder.url.path + "/elsewhere/content/guides",
                                          reason: .insideSources("content"))) {
            try OutputFolder(folder.url.path + "/elsewhere/content/guides", sourceRoot: ResolvedPath(root))
        }
        #expect(throws: OutputFolderError.self) {
            try OutputFolder(folder.url.path + "/elsewhere", sourceRoot: ResolvedPath(root))
        }
    }

    @Test(arguments: ["public", "public/", "./public", "../site-output", "build/www", "content-public"])
    func anOutputBesideTheSourcesIsAllowed(_ output: String) throws {
        let folder = try Self.makeSite()
        defer { folder.remove() }
        let root = folder.url.path + "/site"
        let checked = try OutputFolder(root + "/" + output, sourceRoot: ResolvedPath(root))
        #expect(!checked.path.isInside(ResolvedPath(root + "/content")))
    }

    @Test func aFolderThatIsNotASiteIsRefused() throws {
        let folder = try Self.makeSite()
        defer { folder.remove() }
        let root = ResolvedPath(folder.url.path + "/site")
        try folder.write(["docs/notes.txt": "mine", "repo/.git/HEAD": "ref", "repo/index.html": "x",
                          "other-site/index.html": "x", "other-site/content/site.yml": "title: O\n",
                          "old-output/index.html": "x", "a-file": "x"])
        let cases: [(String, OutputFolderError.Reason)] = [
            ("docs", .notASite), ("repo", .holdsProject("a git checkout (.git)")),
            ("other-site", .holdsProject("a site's sources (content/site.yml)")), ("a-file", .notAFolder),
        ]
        for (name, reason) in cases {
            let path = folder.url.path + "/" + name
            #expect(throws: OutputFolderError(shownAs: path, reason: reason)) { try OutputFolder(path, sourceRoot: root) }
        }
        _ = try OutputFolder(folder.url.path + "/old-output", sourceRoot: root)
        _ = try OutputFolder(folder.url.path + "/empty-new", sourceRoot: root)
    }

    @Test func pathsResolveLikeTheFileSystemWould() throws {
        let folder = try Self.makeSite()
        defer { folder.remove() }
        let real = ResolvedPath(folder.url.path).path
        #expect(ResolvedPath(folder.url.path + "//site/./content/../templates/").path == real + "/site/templates")
        #expect(ResolvedPath(folder.url.path + "/site/self/self/content").path == real + "/site/content")
        #expect(ResolvedPath(folder.url.path + "/site/not-yet/../pages-link/x").path == real + "/site/content/pages/x")
        #expect(ResolvedPath("content", relativeTo: folder.url.path + "/site").path == real + "/site/content")
        #expect(ResolvedPath("/../..").path == "/")
    }
}
