import Foundation
@testable import MendServe
import MendSite
import Testing

@Suite("mend comments add")
struct CommentsAddTests {
    static let hostileMessages = [
        "Plain words.",
        "key: value # not a comment\n---\n...\n- a list\n  leading spaces kept\n\ttab first\n\n\"quotes\" 'single' \\ backslash",
        "--- starts with a document marker\n%YAML 1.2\n&anchor *alias !tag |block >folded {flow: [x]}",
        "ünïcödé 日本語 🙂‍🙂 — “curly” \u{200B}zero width\u{FEFF}bom",
        "controls\u{07}bell \u{1B}[31mred\u{1B}[0m nel\u{85}ls\u{2028}ps\u{2029}cr\r\nend",
        "line with trailing spaces   \n   \nafter a blank-ish line",
    ]

    @Test("hostile messages read back exactly", arguments: hostileMessages)
    func messageRoundTrips(message: String) throws {
        let site = try CommentSite()
        defer { site.remove() }
        let outcome = try site.comments(["add", "--page", "posts/first-post", "--name", "Ann", "--email", "ann@example.org",
                                         "--message=\(message)", "--date", "2024-05-01T09:30:00Z"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let (comment, diagnostics) = site.parsedComment(printedBy: outcome)
        #expect(diagnostics.isEmpty)
        #expect(comment?.message == message)
        #expect(comment?.status == .pending)
    }

    @Test("names, urls and parents with colons, quotes, # and unicode read back exactly")
    func fieldsRoundTrip() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(["posts/first-post/p1.yml": "name: Parent\ndate: 2024-04-01\nmessage: Hi\n"])
        let name = "Ann: \"the #1\" O'Brien — 🙂 [x] {y} & *z*"
        let url = "https://example.org/a?b=c&d=e#f:g"
        let outcome = try site.comments(["add", "--page", "/posts/first-post/", "--name", name, "--email", "a:b#\"c\"@example.org",
                                         "--url", url, "--parent", "p1", "--message", "Reply: yes", "--date", "2024-05-01"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let (comment, diagnostics) = site.parsedComment(printedBy: outcome)
        #expect(diagnostics.isEmpty)
        #expect(comment?.name == name)
        #expect(comment?.email == "a:b#\"c\"@example.org")
        #expect(comment?.url == url)
        #expect(comment?.parent == "p1")
        #expect(comment?.date.iso == "2024-05-01")
        #expect(comment?.pagePath == "posts/first-post")
        #expect(outcome.standardOutput.hasPrefix("content/comments/posts/first-post/"))
    }

    @Test("the new file has a fresh 12-digit id, is pending, and a second add never overwrites the first")
    func secondAddMakesASecondFile() throws {
        let site = try CommentSite()
        defer { site.remove() }
        let arguments = ["add", "--page", "guides/listening/be-present", "--name", "Bo", "--email", "bo@example.org",
                         "--message", "Same words"]
        let first = try site.comments(arguments)
        let firstFiles = try site.commentFiles()
        let second = try site.comments(arguments)
        #expect(first.status == 0 && second.status == 0)
        let files = try site.commentFiles()
        #expect(files.count == 2)
        for (path, bytes) in firstFiles { #expect(files[path] == bytes) }
        let (comment, _) = site.parsedComment(printedBy: first)
        #expect(comment?.id.count == 12 && comment?.id.allSatisfy(\.isHexDigit) == true)
        #expect(comment?.status == .pending)
        #expect(site.text(first.standardOutput.trimmingCharacters(in: .newlines))?.contains("\nstatus: pending\n") == true)
        #expect(first.standardOutput.trimmingCharacters(in: .newlines) == "content/comments/guides/listening/be-present/\(comment?.id ?? "").yml")
    }

    @Test("--approve publishes the comment on the page")
    func approvedCommentIsBuilt() throws {
        let site = try CommentSite()
        defer { site.remove() }
        let outcome = try site.comments(["add", "--page", "posts/first-post", "--name", "Cy", "--email", "cy@example.org",
                                         "--message", "Thank you, *truly*.", "--approve"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(site.parsedComment(printedBy: outcome).0?.status == .approved)
        let result = try Fixtures.build(site.root)
        #expect(result.succeeded, "\(result.diagnostics)")
        let html = Fixtures.text(result, "posts/first-post/index.html") ?? ""
        #expect(html.contains("Thank you, <em>truly</em>."))
        #expect(!html.contains("cy@example.org"))
    }

    static let rejected: [(arguments: [String], message: String)] = [
        (["--page", "posts/no-such-post"], "there is no published page 'posts/no-such-post'"),
        (["--page", "about"], "'about' is a page, which has no comments section"),
        (["--page", "posts/unfinished"], "there is no published page 'posts/unfinished'"),
        (["--page", "posts/first-post", "--url", "javascript:alert(1)"],
         "--url 'javascript:alert(1)' was refused: a website must be an http:// or https:// address"),
        (["--page", "posts/first-post", "--url", "ftp://example.org/"], "--url 'ftp://example.org/' was refused"),
        (["--page", "posts/first-post", "--url", " JavaScript:alert(1)"], "--url 'JavaScript:alert(1)' was refused"),
        (["--page", "posts/first-post", "--parent", "nobody"], "--parent 'nobody' is not a comment on 'posts/first-post'"),
        (["--page", "posts/first-post", "--name", String(repeating: "n", count: 246)], "'name' is longer than 245 characters"),
        (["--page", "posts/first-post", "--email", String(repeating: "e", count: 60) + "@" + String(repeating: "x", count: 36) + ".org"],
         "'email' is longer than 100"),
        (["--page", "posts/first-post", "--date", "yesterday"], "'date' is not a date"),
        (["--page", "posts/first-post", "--message", "   "], "the comment has no 'message'"),
    ]

    @Test("invalid comments are refused with an error, and nothing is written", arguments: rejected)
    func invalidCommentIsRefused(arguments: [String], message: String) throws {
        let site = try CommentSite()
        defer { site.remove() }
        var all = ["add", "--name", "Ann", "--email", "ann@example.org", "--message", "Hello"]
        all += arguments  // a later option wins, so these replace the defaults
        let outcome = try site.comments(all)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("error: "))
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
        #expect(outcome.standardOutput.isEmpty)
        #expect(!outcome.standardError.contains("warning") && !outcome.standardError.contains("left out"))
        #expect(try site.commentFiles().isEmpty)
    }

    @Test("creating a file never replaces one that exists")
    func createRefusesExistingFile() throws {
        let site = try CommentSite()
        defer { site.remove() }
        try site.writeComments(["posts/first-post/taken.yml": "original"])
        let path = site.root.appendingPathComponent("content/comments/posts/first-post/taken.yml").path
        #expect(try NewFileWriter.create(Array("new".utf8), at: path) == false)
        #expect(site.text("content/comments/posts/first-post/taken.yml") == "original")
        #expect(try NewFileWriter.create(Array("new".utf8), at: path + ".2") == true)
        #expect(try site.commentFiles().keys.sorted() == ["posts/first-post/taken.yml", "posts/first-post/taken.yml.2"])
    }
}
