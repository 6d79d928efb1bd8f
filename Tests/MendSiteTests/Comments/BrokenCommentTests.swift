import Testing
@testable import MendSite

/// A problem in a comment nobody approved is a warning and the comment is left out; in an
/// approved one (or one whose status is missing or unreadable) it stays an error.
@Suite("Comments with problems")
struct BrokenCommentTests {
    let path = "content/comments/posts/a/c1.yml"

    static let problems: [(body: String, message: String, line: Int, column: Int)] = [
        ("name: A\ndate: last tuesday\nmessage: m\n", "'date' is not a date", 2, 7),
        ("name: \(String(repeating: "n", count: 246))\ndate: 2024-01-01\nmessage: m\n", "'name' is longer than 245", 1, 7),
        ("name: A\ndate: 2024-01-01\n", "the comment has no 'message'", 1, 1),
        ("name: [A\ndate: 2024-01-01\nmessage: m\n", "invalid YAML", 2, 5),
        ("id: \"a b\"\nname: A\ndate: 2024-01-01\nmessage: m\n", "the comment id 'a b' may only use", 1, 5),
    ]

    @Test("pending or spam: a warning naming file, line and column, and the comment left out", arguments: problems)
    func unapprovedIsAWarning(body: String, message: String, line: Int, column: Int) throws {
        for status in ["pending", "spam", "Spam"] {
            let (comment, diagnostics) = MendSite.Comment.parse(body + "status: \(status)\n", path: path)
            #expect(comment == nil)
            let diagnostic = try #require(diagnostics.first { $0.message.contains(message) }, "\(diagnostics)")
            #expect(diagnostics.allSatisfy { $0.severity == .warning && $0.isAboutUnapprovedComment }, "\(diagnostics)")
            #expect(!diagnostics.contains { $0.failsBuild(strict: true) })
            #expect((diagnostic.location.path, diagnostic.location.line, diagnostic.location.column) == (path, line, column))
            #expect(diagnostic.message.hasSuffix("(the comment is \(status.lowercased()), so it is left out of the site)"))
        }
    }

    @Test("approved, without a status, or with one that cannot be read: still an error", arguments: problems)
    func othersStayErrors(body: String, message: String, line: Int, column: Int) {
        for status in ["status: approved\n", "", "status: maybe\n"] {
            let (comment, diagnostics) = MendSite.Comment.parse(body + status, path: path)
            #expect(comment == nil)
            #expect(diagnostics.contains { $0.severity == .error && $0.message.contains(message) }, "\(status): \(diagnostics)")
            #expect(!diagnostics.contains { $0.isAboutUnapprovedComment })
        }
    }

    @Test func theExactWarning() {
        let (_, diagnostics) = MendSite.Comment.parse("name: A\ndate: 9999-99-99\nmessage: m\nstatus: spam\n", path: path)
        #expect(diagnostics.map(\.description) == [
            "content/comments/posts/a/c1.yml:2:7: warning: 'date' is not a date: write it as 2024-05-01T09:30:00Z (ISO 8601) "
                + "(the comment is spam, so it is left out of the site)",
        ])
    }

    @Test("a pending file that is not UTF-8 is a warning; an approved one an error")
    func notUTF8() {
        let bytes = Array("name: A\ndate: 2024-01-01\nmessage: caf".utf8) + [0xE9] + Array("\n".utf8)
        let pending = ContentLoader(config: SiteConfig(title: "T", baseURL: "https://example.org/"))
            .load([SourceFile(path: path, bytes: bytes + Array("status: pending\n".utf8))])
        #expect(pending.diagnostics.map(\.severity) == [.warning])
        #expect(pending.comments.isEmpty && pending.leftOutComments.map(\.id) == ["c1"])
        let approved = ContentLoader(config: SiteConfig(title: "T", baseURL: "https://example.org/"))
            .load([SourceFile(path: path, bytes: bytes)])
        #expect(approved.diagnostics.map(\.severity) == [.error])
    }

    @Test("what a left-out file still tells: its id and parent")
    func leftOutReading() {
        let comment = LeftOutComment(reading: "_id: x1\n_parent: p0\ndate: soon\nstatus: spam\n", path: path)
        #expect(comment == LeftOutComment(id: "x1", parent: "p0", pagePath: "posts/a", path: path))
        let broken = LeftOutComment(reading: "name: [\nstatus: spam\n", path: path)
        #expect(broken == LeftOutComment(id: "c1", parent: nil, pagePath: "posts/a", path: path))
    }

    @Test("a valid pending comment's warnings are about an unapproved comment; an approved one's are plain warnings")
    func warningsOfValidComments() {
        let text = "name: A\ndate: 2024-01-01\nmessage: m\nurl: javascript:x\nmood: odd\n"
        let (pending, pendingDiagnostics) = MendSite.Comment.parse(text + "status: pending\n", path: path)
        #expect(pending != nil && pendingDiagnostics.count == 2 && pendingDiagnostics.allSatisfy { $0.isAboutUnapprovedComment })
        let (approved, approvedDiagnostics) = MendSite.Comment.parse(text, path: path)
        #expect(approved != nil && approvedDiagnostics.count == 2 && approvedDiagnostics.allSatisfy { $0.failsBuild(strict: true) })
        #expect(approvedDiagnostics.allSatisfy { !$0.failsBuild(strict: false) })
    }
}
