import Testing
@testable import MendSite

@Suite("Comment files")
struct CommentParsingTests {
    let path = "content/comments/posts/a/c1.yml"

    @Test func readsEveryFieldAndStaticmanNames() throws {
        let text = """
            _id: c1
            _parent: c0
            name: Sam
            email: 5d41402abc4b2a76b9719d911017c592
            url: https://example.org/sam
            date: 2024-05-02T10:00:00Z
            message: |
              Thank you.
              **Really.**
            """
        let (comment, diagnostics) = MendSite.Comment.parse(text, path: path)
        #expect(diagnostics.isEmpty)
        let value = try #require(comment)
        #expect(value.id == "c1" && value.parent == "c0" && value.name == "Sam")
        #expect(value.url == "https://example.org/sam" && value.status == .approved)
        #expect(value.message == "Thank you.\n**Really.**")
        #expect(value.pagePath == "posts/a")
        #expect(value.date.iso == "2024-05-02T10:00:00Z")
    }

    @Test func idDefaultsToTheFileNameAndRepliesReadReplyingTo() throws {
        let (comment, _) = MendSite.Comment.parse("name: A\ndate: 2024-01-01\nmessage: m\nreplying_to: x\n", path: path)
        #expect(comment?.id == "c1")
        #expect(comment?.parent == "x")
    }

    @Test func missingRequiredFieldsAreErrors() {
        let (comment, diagnostics) = MendSite.Comment.parse("name: A\n", path: path)
        #expect(comment == nil)
        #expect(diagnostics.map(\.description) == [
            "content/comments/posts/a/c1.yml:1:1: error: the comment has no 'date': add `date: …`",
            "content/comments/posts/a/c1.yml:1:1: error: the comment has no 'message': add `message: …`",
        ])
    }

    @Test func badDateURLAndStatusPointAtTheirLines() {
        let text = "name: A\ndate: last tuesday\nmessage: m\nurl: javascript:alert(1)\nstatus: maybe\n"
        let (_, diagnostics) = MendSite.Comment.parse(text, path: path)
        #expect(diagnostics.map(\.description) == [
            "content/comments/posts/a/c1.yml:2:7: error: 'date' is not a date: write it as 2024-05-01T09:30:00Z (ISO 8601)",
            "content/comments/posts/a/c1.yml:4:6: warning: 'url' is not an http or https address and is left out: write it as https://example.org/",
            "content/comments/posts/a/c1.yml:5:9: error: 'status' should be approved, pending or spam",
        ])
    }

    @Test func fieldsOverTheirLimitsAreErrors() {
        let long = String(repeating: "n", count: 246)
        let text = "name: \(long)\ndate: 2024-01-01\nmessage: m\nurl: https://example.org/\(String(repeating: "x", count: 200))\n"
        let (comment, diagnostics) = MendSite.Comment.parse(text, path: path)
        #expect(comment == nil)
        #expect(diagnostics.map(\.message) == [
            "'name' is longer than 245 characters: shorten it",
            "'url' is longer than 200 characters: shorten it",
        ])
        #expect(diagnostics.map(\.location.line) == [1, 4])
    }

    @Test func idsMustBeSafeInAnchorsAndElementIDs() {
        let (comment, diagnostics) = MendSite.Comment.parse("id: \"a b.c\"\nname: A\ndate: 2024-01-01\nmessage: m\n", path: path)
        #expect(comment == nil)
        #expect(diagnostics.map(\.description) == [
            "content/comments/posts/a/c1.yml:1:5: error: the comment id 'a b.c' may only use letters, digits, '-' and '_' (at most 100): it becomes the anchor #comment-a b.c",
        ])
    }

    @Test func messageLimitCountsBytes() {
        let big = String(repeating: "é", count: 32_769)
        let (_, diagnostics) = MendSite.Comment.parse("name: A\ndate: 2024-01-01\nmessage: \(big)\n", path: path)
        #expect(diagnostics.map(\.message) == ["'message' is longer than 65536 bytes: shorten it"])
    }
}
