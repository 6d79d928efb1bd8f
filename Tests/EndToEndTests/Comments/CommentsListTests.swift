import Foundation
import Testing

@Suite("mend comments list")
struct CommentsListTests {
    static let comments = [
        "posts/first-post/b2.yml":
            "id: b2\nname: Bea\nemail: bea@example.org\ndate: 2024-03-02T10:00:00Z\nmessage: Second on the post\nstatus: pending\n",
        "posts/first-post/a1.yml": "id: a1\nname: Al\nemail: al@example.org\ndate: 2024-03-02T10:00:00Z\nmessage: |\n  Same time,\n  two lines\n",
        "posts/first-post/z9.yml": "id: z9\nname: Zed\ndate: 2024-03-01\nmessage: Earliest\nstatus: spam\n",
        "guides/listening/c3.yml":
            "_id: c3\nname: Cy\ndate: 2024-06-01\nmessage: \"\(String(repeating: "long words ", count: 10))\"\nstatus: pending\n",
    ]

    @Test("one line per comment, by page, date and id, without emails")
    func listsEverything() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(Self.comments)
        let outcome = try site.comments(["list"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.isEmpty)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.map { $0.split(separator: " ").first.map(String.init) } == ["c3", "z9", "a1", "b2"])
        #expect(lines[0] == "c3  pending   2024-06-01            guides/listening  Cy  "
            + String(repeating: "long words ", count: 6).prefix(60) + "…")
        #expect(lines[2] == "a1  approved  2024-03-02T10:00:00Z  posts/first-post  Al  Same time, two lines")
        #expect(!outcome.standardOutput.contains("@example.org"))
    }

    @Test("--pending and --page filter")
    func filters() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(Self.comments)
        let pending = try site.comments(["list", "--pending"])
        #expect(pending.standardOutput.split(separator: "\n").map { $0.prefix(2) } == ["c3", "b2"])
        let page = try site.comments(["list", "--page", "/posts/first-post/"])
        #expect(page.standardOutput.split(separator: "\n").map { $0.prefix(2) } == ["z9", "a1", "b2"])
        let both = try site.comments(["list", "--pending", "--page", "posts/first-post"])
        #expect(both.standardOutput.split(separator: "\n").map { $0.prefix(2) } == ["b2"])
    }

    @Test("--verbose shows the file and the email")
    func verbose() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(Self.comments)
        let outcome = try site.comments(["list", "--verbose", "--page", "posts/first-post", "--pending"])
        #expect(outcome.standardOutput.split(separator: "\n").last
            == "    file: content/comments/posts/first-post/b2.yml  email: bea@example.org")
    }

    @Test("a broken file is a diagnostic on stderr and exit 1; the others are still listed")
    func brokenFile() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(Self.comments.merging([
            "posts/first-post/bad.yml": "name: Bad\ndate: someday\nmessage: x\n",
        ]) { $1 })
        let outcome = try site.comments(["list"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("content/comments/posts/first-post/bad.yml:2:7: error: 'date' is not a date"),
                "\(outcome.standardError)")
        #expect(outcome.standardOutput.split(separator: "\n").count == 4)
    }

    @Test("terminal control sequences in a comment never reach the terminal")
    func terminalSafe() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(["posts/first-post/x.yml":
            "name: \"Eve\\e[2J\"\ndate: 2024-01-01\nmessage: \"red \\e[31malert\\u202Eevil\\r\\ncarriage\"\n"])
        let outcome = try site.comments(["list"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(!outcome.standardOutput.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0 == "\r" })
        #expect(outcome.standardOutput.contains("Eve [2J  red [31malertevil carriage"))
    }

    @Test("comments whose name or message holds an email address or phone number are marked")
    func marksPersonalData() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments([
            "posts/first-post/e1.yml": "name: Em\nemail: private@example.org\ndate: 2024-03-01\nmessage: Write to em@example.org\n",
            "posts/first-post/p2.yml": "name: Phil\ndate: 2024-03-02\nmessage: Ring +44 20 7946 0958\nstatus: pending\n",
            "posts/first-post/b3.yml": "name: \"bo@example.org\"\ndate: 2024-03-03\nmessage: or (555) 123-4567\n",
            "posts/first-post/n4.yml": "name: Nat\nemail: nat@example.org\ndate: 2024-03-04\nmessage: On 2024-05-01 at 10:30, 5 steps, 1,000 words\n",
        ])
        let outcome = try site.comments(["list"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasSuffix("Write to em@example.org  [contains an email address]"))
        #expect(lines[1].hasSuffix("Ring +44 20 7946 0958  [contains a phone number]"))
        #expect(lines[2].hasSuffix("or (555) 123-4567  [contains an email address; contains a phone number]"))
        #expect(!lines[3].contains("[contains"))  // the private email field does not count
    }

    @Test("a site without comments lists nothing")
    func empty() throws {
        let site = try CommentSite()
        defer { site.remove() }
        let outcome = try site.comments(["list"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.isEmpty && outcome.standardError.isEmpty)
    }
}
