import Foundation
import Testing

@Suite("mend comments approve and reject")
struct CommentsModerationTests {
    static let pending = """
        # Written by Staticman
        _id: k7
        name: "Dee: a reader"
        email: dee@example.org
        date: 2024-03-02T10:00:00Z
        status: pending   # waiting
        message: |
          status: not this one
          Thanks!
        url: https://dee.example/

        """
    static let other = "id: other\nname: O\ndate: 2024-01-01\nmessage: untouched\nstatus: pending\n"

    @Test("approve replaces only the status line; the rest stays byte for byte")
    func approve() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(["posts/first-post/k7.yml": Self.pending, "posts/first-post/other.yml": Self.other])
        let outcome = try site.comments(["approve", "k7"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(site.text("content/comments/posts/first-post/k7.yml")
            == Self.pending.replacingOccurrences(of: "status: pending   # waiting", with: "status: approved"))
        let files = try site.commentFiles()
        #expect(files.keys.sorted() == ["posts/first-post/k7.yml", "posts/first-post/other.yml"])  // no temporary files left
        #expect(files["posts/first-post/other.yml"] == Data(Self.other.utf8))
        #expect(outcome.standardOutput == "Approved content/comments/posts/first-post/k7.yml\n")
    }

    @Test("reject sets spam, keeping CRLF line ends and everything else")
    func rejectWithCRLF() throws {
        let site = try CommentSite()
        defer { site.remove() }
        let text = "name: Bo\r\nstatus: approved\r\ndate: 2024-01-01\r\nmessage: hi\r\n"
        try site.writeComments(["guides/listening/be-present/bo.yml": text])
        let outcome = try site.comments(["reject", "bo"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(site.text("content/comments/guides/listening/be-present/bo.yml")
            == "name: Bo\r\nstatus: spam\r\ndate: 2024-01-01\r\nmessage: hi\r\n")
    }

    @Test("a file without a status gets one appended")
    func appendsStatus() throws {
        let site = try CommentSite()
        defer { site.remove() }
        let text = "name: Cy\ndate: 2024-01-01\nmessage: \"a quoted\nstatus: line inside\""
        try site.writeComments(["posts/first-post/cy.yml": text])
        let outcome = try site.comments(["reject", "cy"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(site.text("content/comments/posts/first-post/cy.yml") == text + "\nstatus: spam\n")
        let again = try site.comments(["approve", "cy"])
        #expect(again.status == 0)
        #expect(site.text("content/comments/posts/first-post/cy.yml") == text + "\nstatus: approved\n")
    }

    @Test("approving an approved comment changes nothing")
    func alreadyApproved() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(["posts/first-post/ok.yml": "name: A\ndate: 2024-01-01\nmessage: fine"])
        let outcome = try site.comments(["approve", "ok"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("already approved"))
        #expect(site.text("content/comments/posts/first-post/ok.yml") == "name: A\ndate: 2024-01-01\nmessage: fine")
    }

    @Test("reject --delete removes only that file")
    func delete() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(["posts/first-post/k7.yml": Self.pending, "posts/first-post/other.yml": Self.other])
        let outcome = try site.comments(["reject", "k7", "--delete"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(try site.commentFiles() == ["posts/first-post/other.yml": Data(Self.other.utf8)])
    }

    @Test("an id on several pages needs --page")
    func ambiguousID() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(["posts/first-post/k7.yml": Self.pending, "guides/listening/k7.yml": Self.pending])
        let before = try site.commentFiles()
        let outcome = try site.comments(["approve", "k7"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains(
            "error: the id 'k7' is used on 2 pages (guides/listening, posts/first-post): choose one with --page"))
        #expect(try site.commentFiles() == before)
        let chosen = try site.comments(["reject", "k7", "--page", "guides/listening", "--delete"])
        #expect(chosen.status == 0)
        #expect(try site.commentFiles().keys.sorted() == ["posts/first-post/k7.yml"])
    }

    @Test("an unknown id is an error", arguments: [["approve", "nope"], ["reject", "nope"], ["reject", "nope", "--delete"],
                                                   ["approve", "k7", "--page", "posts/other"]])
    func unknownID(arguments: [String]) throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(["posts/first-post/k7.yml": Self.pending])
        let outcome = try site.comments(arguments)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("error: no comment has the id '\(arguments[1])'"), "\(outcome.standardError)")
        #expect(try site.commentFiles() == ["posts/first-post/k7.yml": Data(Self.pending.utf8)])
    }

    @Test("a file with problems cannot be approved and is left alone")
    func brokenFile() throws {
        let site = try CommentSite()
        defer { site.remove() }
        let broken = "name: X\ndate: soon\nmessage: m\nstatus: pending\n"
        try site.writeComments(["posts/first-post/bad.yml": broken])
        let outcome = try site.comments(["approve", "bad"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("has problems, so it was left as it is: fix them by hand first"))
        #expect(outcome.standardError.contains("bad.yml:2:7: warning: 'date' is not a date"))
        #expect(site.text("content/comments/posts/first-post/bad.yml") == broken)
    }
}
