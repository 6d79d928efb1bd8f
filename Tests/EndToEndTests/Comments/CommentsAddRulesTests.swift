import Foundation
import Testing

/// `mend comments add` refuses what the comment form would refuse, and says so plainly.
@Suite("mend comments add: closed pages, emails, websites, standard input")
struct CommentsAddRulesTests {
    static let base = ["add", "--page", "posts/first-post", "--name", "Ann", "--email", "ann@example.org", "--message", "Hello"]

    func expectRefused(_ outcome: MendProcess.Outcome, _ message: String, site: CommentSite,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(outcome.status == 1, sourceLocation: sourceLocation)
        #expect(outcome.standardError.hasPrefix("error: "), "\(outcome.standardError)", sourceLocation: sourceLocation)
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)", sourceLocation: sourceLocation)
        #expect(outcome.standardOutput.isEmpty, sourceLocation: sourceLocation)
        #expect(try site.commentFiles().isEmpty, sourceLocation: sourceLocation)
    }

    @Test("a page closed in its front matter is refused")
    func closedInFrontMatter() throws {
        let site = try CommentSite()
        defer { site.remove() }
        let post = site.text("content/posts/first-post.md")!
        try site.writeFile("content/posts/first-post.md", post.replacingOccurrences(of: "date: 2024-03-01\n",
                                                                                   with: "date: 2024-03-01\ncomments: closed\n"))
        try expectRefused(try site.comments(Self.base), "'posts/first-post' takes no new comments: its comments are closed "
            + "(`comments: closed` in its front matter); nothing was written", site: site)
    }

    @Test("a page closed by close_after_days is refused, counted as the build counts (approved comments only)")
    func closedAfterDays() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.setComments("  close_after_days: 10\n")
        // The guide (2024-02-01) is 29 days older than the newest page; the post is the newest.
        let guide = ["add", "--page", "guides/listening", "--name", "Ann", "--email", "ann@example.org", "--message", "Hi"]
        try expectRefused(try site.comments(guide), "'guides/listening' takes no new comments: its comments closed 10 days "
            + "after its date, 2024-02-01 (close_after_days in content/site.yml, counted to 2024-03-01", site: site)
        #expect(try site.comments(Self.base).status == 0)
        // A pending comment far in the future does not close the post.
        try site.writeComments(["posts/first-post/s1.yml": "name: S\ndate: 9999-01-01\nmessage: spam\nstatus: spam\n"])
        #expect(try site.comments(Self.base).status == 0)
    }

    @Test("comments turned off, and a page kind without comments, are refused")
    func noComments() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try expectRefused(try site.comments(Self.base + ["--page", "about"]),
                          "'about' is a page, which has no comments section", site: site)
        try site.setComments("  enabled: false\n")
        try expectRefused(try site.comments(Self.base), "comments are turned off in content/site.yml", site: site)
    }

    @Test("an email that is not an address is refused, saying why", arguments: [
        ("not-an-email", "--email 'not-an-email' is not an email address: it has no '@'; write it as name@example.org"),
        ("ann@localhost", "the domain after the '@' has no dot"),
        ("ann@@example.org", "more than one '@'"),
        ("ann smith@example.org", "a space"),
        ("", "it is empty"),
    ])
    func badEmail(email: String, message: String) throws {
        let site = try CommentSite()
        defer { site.remove() }
        try expectRefused(try site.comments(Self.base + ["--email", email]), message, site: site)
    }

    @Test("a javascript: website is refused plainly, and nothing is written")
    func javascriptURL() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try expectRefused(try site.comments(Self.base + ["--url", "javascript:alert(1)"]),
                          "error: --url 'javascript:alert(1)' was refused: a website must be an http:// or https:// address, "
                              + "such as https://example.org/; nothing was written", site: site)
    }

    @Test("--message - reads the message from standard input")
    func messageFromStandardInput() throws {
        let site = try CommentSite()
        defer { site.remove() }
        let message = "From a pipe:\n\n- one\n- two: \"quoted\" # not a comment\n"
        let outcome = try site.comments(Self.base + ["--message", "-"], input: Data(message.utf8))
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(site.parsedComment(printedBy: outcome).0?.message == "From a pipe:\n\n- one\n- two: \"quoted\" # not a comment")
        let invalid = try site.comments(Self.base + ["--message", "-"], input: Data([0x66, 0xFF, 0x0A]))
        #expect(invalid.status == 1)
        #expect(invalid.standardError.contains("standard input is not UTF-8 text"), "\(invalid.standardError)")
        let empty = try site.comments(Self.base + ["--message", "-"], input: Data())
        #expect(empty.status == 1)
        #expect(empty.standardError.contains("the comment has no 'message'"))
        #expect(try site.commentFiles().count == 1)
    }
}
