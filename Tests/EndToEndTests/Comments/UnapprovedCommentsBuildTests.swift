import Foundation
import Testing

/// A comment nobody approved never stops a build, and `mend comments reject` takes a broken
/// comment out of the way.
@Suite("Builds with broken comments")
struct UnapprovedCommentsBuildTests {
    static let page = "content/comments/posts/first-post/"

    @Test("a pending comment with a bad date fails nothing: a warning with its position, and it is left out")
    func pendingBadDate() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(["posts/first-post/p1.yml": "name: Pat\ndate: 2024-13-45\nmessage: PENDING-TEXT\nstatus: pending\n",
                                "posts/first-post/ok.yml": "name: Ok\ndate: 2024-03-02\nmessage: Shown\n"])
        let outcome = try site.build()
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("\(Self.page)p1.yml:2:7: warning: 'date' is not a date"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("(the comment is pending, so it is left out of the site)"))
        #expect(!outcome.standardError.contains("error:"))
        let html = try #require(site.built("posts/first-post/index.html"))
        #expect(html.contains("Shown") && !html.contains("PENDING-TEXT"))
    }

    @Test("--strict does not fail on an unapproved comment's warnings, but does on an approved one's")
    func strictBuilds() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments([
            "posts/first-post/p1.yml": "name: Pat\ndate: someday\nmessage: m\nstatus: pending\n",
            "posts/first-post/s1.yml": "name: Sam\nurl: javascript:alert(1)\nmood: spammy\ndate: 2024-03-02\nmessage: m\nstatus: spam\n",
            "posts/first-post/s2.yml": "parent: nobody\nname: Sue\ndate: 2024-03-02\nmessage: m\nstatus: spam\n",
            "posts/gone/s3.yml": "name: Sid\ndate: 2024-03-02\nmessage: m\nstatus: pending\n",
        ])
        let strict = try site.build(strict: true)
        #expect(strict.status == 0, "\(strict.standardError)")
        #expect(strict.standardError.split(separator: "\n").count == 5, "\(strict.standardError)")
        try site.writeComments(["posts/first-post/a1.yml": "name: Al\nurl: javascript:alert(1)\ndate: 2024-03-02\nmessage: m\n"])
        let failed = try site.build(strict: true)
        #expect(failed.status == 1)
        #expect(failed.standardError.contains("Build failed with 1 warning (--strict: warnings count)"), "\(failed.standardError)")
        #expect(try site.build().status == 0)
    }

    static let brokenApproved: [(name: String, text: String)] = [
        ("bad date, no status", "name: Al\ndate: someday\nmessage: Hi\n"),
        ("over-long name, approved", "name: \(String(repeating: "n", count: 300))\ndate: 2024-03-02\nmessage: Hi\nstatus: approved\n"),
        ("YAML that does not parse", "name: [Al\ndate: 2024-03-02\nmessage: Hi\nstatus: approved\n"),
        ("reply loop", "id: b1\nparent: b1\nname: Al\ndate: 2024-03-02\nmessage: Hi\n"),
        ("unknown parent", "parent: nobody\nname: Al\ndate: 2024-03-02\nmessage: Hi\n"),
    ]

    @Test("a broken approved comment fails the build; rejecting it makes the build pass; rejecting again changes nothing",
          arguments: brokenApproved)
    func rejectBrokenApproved(name: String, text: String) throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(["posts/first-post/b1.yml": text])
        let failed = try site.build()
        #expect(failed.status == 1)
        #expect(failed.standardError.contains("\(Self.page)b1.yml:"), "\(failed.standardError)")
        #expect(failed.standardError.contains(": error: "))

        let rejected = try site.comments(["reject", "b1"])
        #expect(rejected.status == 0, "\(rejected.standardError)")
        #expect(rejected.standardOutput == "Marked \(Self.page)b1.yml as spam\n")
        let edited = site.text("\(Self.page)b1.yml")
        let expected = text.contains("status: approved")
            ? text.replacingOccurrences(of: "status: approved", with: "status: spam") : text + "status: spam\n"
        #expect(edited == expected)

        let built = try site.build()
        #expect(built.status == 0, "\(built.standardError)")
        #expect(built.standardError.contains("\(Self.page)b1.yml:") && built.standardError.contains(": warning: "))
        #expect(try site.comments(["reject", "b1"]).standardOutput == "\(Self.page)b1.yml was already marked as spam\n")
        // A file that does not read as a comment cannot be approved until it is fixed.
        if text.contains("someday") || text.contains("[Al") || text.contains("nnnn") {
            #expect(try site.comments(["approve", "b1"]).status == 1)
            #expect(site.text("\(Self.page)b1.yml") == expected)
        }
    }

    @Test("an approved reply to a comment that is rejected while broken still builds, at the top level")
    func replyToRejectedBrokenComment() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments([
            "posts/first-post/p1.yml": "id: p1\nname: Pat\ndate: soon\nmessage: Parent\n",
            "posts/first-post/r1.yml": "id: r1\nparent: p1\nname: Ray\ndate: 2024-03-03\nmessage: REPLY-TEXT\n",
        ])
        #expect(try site.build().status == 1)
        #expect(try site.comments(["reject", "p1"]).status == 0)
        let built = try site.build()
        #expect(built.status == 0, "\(built.standardError)")
        #expect(try #require(site.built("posts/first-post/index.html")).contains("REPLY-TEXT"))
    }

    @Test("a spam comment dated 9999 closes no comment form")
    func spamFromTheFuture() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.setComments("  endpoint: https://comments.example/entry\n  close_after_days: 90\n")
        try site.writeComments(["posts/first-post/s1.yml": "name: Spam\ndate: 9999-12-31\nmessage: buy\nstatus: spam\n",
                                "posts/first-post/s2.yml": "name: Spam\ndate: 9999-99-99\nmessage: buy\nstatus: spam\n"])
        let built = try site.build()
        #expect(built.status == 0, "\(built.standardError)")
        let html = try #require(site.built("posts/first-post/index.html"))
        #expect(html.contains("Leave a Reply") && !html.contains("Comments are closed."))
        // The same date on an approved comment does close it: the rule is about approval.
        try site.writeComments(["posts/first-post/s1.yml": "name: Real\ndate: 9999-12-31\nmessage: hi\n"])
        #expect(try site.build().status == 0)
        #expect(site.built("posts/first-post/index.html")?.contains("Comments are closed.") == true)
    }
}
