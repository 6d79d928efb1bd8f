import Foundation
import Testing

/// What `mend comments …` says when the site's folder or its files cannot be read: the
/// path and the problem, as a build says them, never Foundation's texts.
@Suite("mend comments and the site's sources")
struct CommentsSourceTests {
    static let foundationText = "The operation could not be completed"

    static let subcommands: [[String]] = [
        ["list"], ["list", "--pending"], ["approve", "k7"], ["reject", "k7"], ["reject", "k7", "--delete"],
        ["add", "--page", "posts/first-post", "--name", "Ann", "--email", "ann@example.org", "--message", "Hi"],
    ]

    @Test("every subcommand names a --source that does not exist, and exits 1", arguments: subcommands)
    func missingSource(arguments: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let missing = folder.url.appendingPathComponent("no/such").path
        let outcome = try MendProcess.run(["comments"] + arguments + ["--source", missing])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError == "\(missing): error: the source folder does not exist: "
            + "pass --source with the site's folder (the one holding content/site.yml)\n", "\(outcome.standardError)")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("a --source that is a file is refused too")
    func sourceIsAFile() throws {
        let site = try CommentSite()
        defer { site.remove() }
        let file = site.root.appendingPathComponent("content/site.yml").path
        let outcome = try MendProcess.run(["comments", "list", "--source", file])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("\(file): error: the source is a file, not a folder"), "\(outcome.standardError)")
    }

    @Test("add names the dangling link that stops the site from loading")
    func addWithDanglingLink() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root.path + "/content/posts/gone.md", withDestinationPath: "nowhere.md")
        let outcome = try site.comments(["add", "--page", "posts/first-post", "--name", "Ann", "--email", "ann@example.org",
                                         "--message", "Hi"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains(
            "content/posts/gone.md: error: a symbolic link whose target is missing: remove it or point it at a file"),
            "\(outcome.standardError)")
        #expect(!outcome.standardError.contains(Self.foundationText))
        #expect(!outcome.standardError.contains("SourceReadError"))
        #expect(outcome.standardOutput.isEmpty)
        #expect(try site.commentFiles().isEmpty)
    }

    @Test("a dangling link among the comments is a diagnostic of list, and stops approve, as it stops the build")
    func danglingCommentLink() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(["posts/first-post/k7.yml": "id: k7\nname: K\ndate: 2024-01-01\nmessage: m\nstatus: pending\n"])
        try FileManager.default.createSymbolicLink(atPath: site.root.path + "/content/comments/posts/first-post/gone.yml",
                                                   withDestinationPath: "nowhere.yml")
        let expected = "content/comments/posts/first-post/gone.yml: error: a symbolic link whose target is missing"
        let list = try site.comments(["list"])
        #expect(list.status == 1)
        #expect(list.standardOutput.hasPrefix("k7  pending"), "\(list.standardOutput)")
        #expect(list.standardError.contains(expected), "\(list.standardError)")
        let approve = try site.comments(["approve", "k7"])
        #expect(approve.status == 1)
        #expect(approve.standardError.contains(expected), "\(approve.standardError)")
        #expect(site.text("content/comments/posts/first-post/k7.yml")?.contains("status: pending") == true)
        #expect(try site.build().standardError.contains(expected))
    }

    @Test("a comment that cannot be written is named with the reason, as path: error: …")
    func unwritableFolder() throws {
        let site = try CommentSite()
        defer { site.remove() }
        // A file where the page's comment folder's parent should be.
        try Data("not a folder".utf8).write(to: site.root.appendingPathComponent("content/comments"))
        let outcome = try site.comments(["add", "--page", "posts/first-post", "--name", "Ann", "--email", "ann@example.org",
                                         "--message", "Hi"])
        #expect(outcome.status == 1)
        let folder = site.root.appendingPathComponent("content/comments/posts").path
        #expect(outcome.standardError.hasPrefix("\(folder): error: cannot create the folder: not a directory"),
                "\(outcome.standardError)")
        #expect(!outcome.standardError.contains(Self.foundationText))
    }
}
