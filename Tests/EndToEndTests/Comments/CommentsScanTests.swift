import Foundation
import Testing

/// `mend comments` sees exactly the comment files a build reads: any letter case of `.yml`
/// and `.yaml`, folders reached through symbolic links, and never hidden or backup files.
@Suite("Which files mend comments sees")
struct CommentsScanTests {
    static func comment(_ id: String, status: String = "pending") -> String {
        "id: \(id)\nname: N \(id)\ndate: 2024-03-02\nmessage: Text of \(id)\nstatus: \(status)\n"
    }

    /// A site with `up1.YML`, `lo2.Yaml`, a page folder that is a link to a folder outside the
    /// site (`linked3.yml` in it), and files a build ignores.
    static func site() throws -> CommentSite {
        let site = try CommentSite()
        try site.writeComments([
            "posts/first-post/up1.YML": comment("up1"),
            "posts/first-post/lo2.Yaml": comment("lo2"),
            "posts/first-post/.hidden.yml": comment("hidden"),
            "posts/first-post/backup.yml~": comment("backup"),
            "posts/first-post/#autosave.yml#": comment("autosave"),
            "posts/first-post/old.yml.bak": comment("old"),
        ])
        let elsewhere = site.folder.url.appendingPathComponent("elsewhere/be-present")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data(comment("linked3").utf8).write(to: elsewhere.appendingPathComponent("linked3.yml"))
        let guide = site.root.appendingPathComponent("content/comments/guides/listening")
        try FileManager.default.createDirectory(at: guide, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: guide.path + "/be-present", withDestinationPath: elsewhere.path)
        return site
    }

    @Test("list shows .YML, .Yaml and linked comments, and no hidden or backup file")
    func listsWhatTheBuildReads() throws {
        let site = try Self.site()
        defer { site.remove() }
        let outcome = try site.comments(["list"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.isEmpty, "\(outcome.standardError)")
        let ids = outcome.standardOutput.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        #expect(ids == ["linked3", "lo2", "up1"], "\(outcome.standardOutput)")
        #expect(outcome.standardOutput.contains("guides/listening/be-present"))
    }

    @Test("the build publishes the same comments once approved")
    func buildAgrees() throws {
        let site = try Self.site()
        defer { site.remove() }
        for id in ["up1", "lo2", "linked3"] {
            let outcome = try site.comments(["approve", id])
            #expect(outcome.status == 0, "\(outcome.standardError)")
        }
        let build = try site.build()
        #expect(build.status == 0, "\(build.standardError)")
        let post = try #require(site.built("posts/first-post/index.html"))
        #expect(post.contains("Text of up1") && post.contains("Text of lo2"))
        #expect(!post.contains("Text of hidden") && !post.contains("Text of backup") && !post.contains("Text of old"))
        let step = try #require(site.built("guides/listening/be-present/index.html"))
        #expect(step.contains("Text of linked3"))
    }

    @Test("comments in .YML files and linked folders can be rejected")
    func rejects() throws {
        let site = try Self.site()
        defer { site.remove() }
        let upper = try site.comments(["reject", "up1"])
        #expect(upper.status == 0, "\(upper.standardError)")
        #expect(upper.standardOutput == "Marked content/comments/posts/first-post/up1.YML as spam\n")
        #expect(site.text("content/comments/posts/first-post/up1.YML") == Self.comment("up1", status: "spam"))
        let linked = try site.comments(["reject", "linked3"])
        #expect(linked.status == 0, "\(linked.standardError)")
        #expect(linked.standardOutput == "Marked content/comments/guides/listening/be-present/linked3.yml as spam\n")
        let target = site.folder.url.appendingPathComponent("elsewhere/be-present/linked3.yml")
        #expect(String(decoding: try Data(contentsOf: target), as: UTF8.self) == Self.comment("linked3", status: "spam"))
        let deleted = try site.comments(["reject", "lo2", "--delete"])
        #expect(deleted.status == 0, "\(deleted.standardError)")
        #expect(site.text("content/comments/posts/first-post/lo2.Yaml") == nil)
        let hidden = try site.comments(["reject", "hidden"])
        #expect(hidden.status == 1)
        #expect(hidden.standardError.hasPrefix("error: no comment has the id 'hidden'"), "\(hidden.standardError)")
    }

    @Test("add finds a parent in a .YML file")
    func parentInUpperCaseFile() throws {
        let site = try Self.site()
        defer { site.remove() }
        let outcome = try site.comments(["add", "--page", "posts/first-post", "--name", "Ann", "--email", "ann@example.org",
                                         "--message", "Reply", "--parent", "up1", "--date", "2024-03-03"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
    }
}
