import Foundation
import Testing

/// Files saved by editors that start them with a UTF-8 byte order mark build as without one.
@Suite("Builds with byte order marks")
struct ByteOrderMarkBuildTests {
    static let bom = "\u{FEFF}"
    static let page = "content/comments/posts/first-post/"

    @Test("a site.yml with a byte order mark builds")
    func siteConfig() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeFile("content/site.yml", Self.bom + (site.text("content/site.yml") ?? ""))
        let outcome = try site.build()
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.isEmpty, "\(outcome.standardError)")
        #expect(site.built("index.html")?.contains("Fixture Blog") == true)
        // mend comments reads it too.
        let add = try site.comments(["add", "--page", "posts/first-post", "--name", "Ann", "--email", "ann@example.org",
                                     "--message", "Hi"])
        #expect(add.status == 0, "\(add.standardError)")
    }

    @Test("a spam comment with a byte order mark and a problem is a warning at the problem's place",
          arguments: ["status: spam\nname: Sam\ndate: someday\nmessage: buy\n",
                      "status: spam\nname: [Sam\ndate: someday\nmessage: buy\n"])
    func spamWithProblem(text: String) throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(["posts/first-post/s1.yml": Self.bom + text])
        let outcome = try site.build()
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("\(Self.page)s1.yml:") && outcome.standardError.contains(": warning: "),
                "\(outcome.standardError)")
        #expect(!outcome.standardError.contains("error:") && !outcome.standardError.contains("document start"))
        #expect(site.built("posts/first-post/index.html")?.contains("buy") == false)
    }

    @Test("an approved comment with a byte order mark is published; rejecting it keeps the mark")
    func approvedPublishedThenRejected() throws {
        let site = try CommentSite()
        defer { site.remove() }
        let text = Self.bom + "status: approved\r\nname: Bo\r\ndate: 2024-03-02\r\nmessage: BOM-TEXT\r\n"
        try site.writeComments(["posts/first-post/b1.yml": text])
        let built = try site.build()
        #expect(built.status == 0, "\(built.standardError)")
        #expect(built.standardError.isEmpty, "\(built.standardError)")
        #expect(site.built("posts/first-post/index.html")?.contains("BOM-TEXT") == true)
        let listed = try site.comments(["list"])
        #expect(listed.status == 0 && listed.standardError.isEmpty, "\(listed.standardError)")
        let rejected = try site.comments(["reject", "b1"])
        #expect(rejected.status == 0, "\(rejected.standardError)")
        #expect(site.text("\(Self.page)b1.yml") == text.replacingOccurrences(of: "status: approved", with: "status: spam"))
    }
}
