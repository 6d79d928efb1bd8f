import Testing
@testable import MendSite

/// Unknown parents, loops and shared ids stop the build only when an approved comment is involved.
@Suite("Comment threads: problems among unapproved comments")
struct UnapprovedThreadTests {
    func build(_ comments: [MendSite.Comment], leftOut: [LeftOutComment] = []) -> ([CommentNode], [Diagnostic]) {
        var threads = CommentThreads(maxDepth: 5)
        let result = threads.build(comments, leftOut: leftOut, pagePaths: ["posts/a"])
        return (result["posts/a"] ?? [], threads.diagnostics)
    }

    func shape(_ nodes: [CommentNode]) -> String {
        nodes.map { $0.comment.id + ($0.replies.isEmpty ? "" : "(\(shape($0.replies)))") }.joined(separator: " ")
    }

    @Test func unknownParentOfAPendingCommentIsAWarning() {
        let (nodes, diagnostics) = build([comment("a", day: 1), comment("p", parent: "nope", day: 2, status: .pending)])
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.message == "'nope' is not a comment on this page: fix the parent id or remove it "
            + "(the comment is pending, so it is left out of the site)")
        #expect(shape(nodes) == "a")
    }

    @Test func aLoopOfSpamIsAWarningAndALoopWithAnApprovedCommentAnError() {
        let (_, spam) = build([comment("x", parent: "y", day: 1, status: .spam), comment("y", parent: "x", day: 2, status: .spam)])
        #expect(spam.map(\.severity) == [.warning, .warning])
        let (_, mixed) = build([comment("x", parent: "y", day: 1), comment("y", parent: "x", day: 2, status: .pending)])
        #expect(mixed.map(\.severity) == [.error, .error])
    }

    @Test("an approved reply under a loop of pending comments moves to the top, without an error")
    func approvedReplyUnderAPendingLoop() {
        let (nodes, diagnostics) = build([
            comment("x", parent: "y", day: 1, status: .pending), comment("y", parent: "x", day: 2, status: .pending),
            comment("r", parent: "x", day: 3),
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(shape(nodes) == "r")
    }

    @Test("a pending comment reusing an approved one's id is left out with a warning, whatever the file order")
    func pendingDuplicateID() {
        let approved = MendSite.Comment(id: "a", parent: nil, name: "Real", email: nil, url: nil, date: ContentDate("2024-05-05")!,
                                        message: "m", status: .approved, pagePath: "posts/a",
                                        path: "content/comments/posts/a/zz.yml", parentLocation: nil)
        let (nodes, diagnostics) = build([comment("a", day: 1, status: .pending), approved])
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.message.hasPrefix("the comment id 'a' is also used by content/comments/posts/a/zz.yml") == true)
        #expect(nodes.map(\.comment.name) == ["Real"])
        let (_, both) = build([comment("a", day: 1), approved])
        #expect(both.map(\.severity) == [.error])
    }

    @Test("a reply to a left-out comment threads under that one's nearest approved ancestor")
    func replyToALeftOutComment() {
        let hidden = LeftOutComment(id: "h", parent: "a", pagePath: "posts/a", path: "content/comments/posts/a/h.yml")
        let (nodes, diagnostics) = build([comment("a", day: 1), comment("r", parent: "h", day: 3)], leftOut: [hidden])
        #expect(diagnostics.isEmpty)
        #expect(shape(nodes) == "a(r)")
        // Without it, the same reply is an error: its parent is not on the page.
        #expect(build([comment("a", day: 1), comment("r", parent: "h", day: 3)]).1.map(\.severity) == [.error])
    }

    @Test("left-out comments that loop among themselves do not hang the threading")
    func leftOutLoop() {
        let path = "content/comments/posts/a/"
        let (nodes, diagnostics) = build([comment("r", parent: "h1", day: 3)], leftOut: [
            LeftOutComment(id: "h1", parent: "h2", pagePath: "posts/a", path: path + "h1.yml"),
            LeftOutComment(id: "h2", parent: "h1", pagePath: "posts/a", path: path + "h2.yml"),
        ])
        #expect(diagnostics.isEmpty)
        #expect(shape(nodes) == "r")
        let (loose, none) = build([comment("r", parent: "h1", day: 3)], leftOut: [
            LeftOutComment(id: "h1", parent: "h1", pagePath: "posts/a", path: path + "h1.yml"),
        ])
        #expect(none.isEmpty)
        #expect(shape(loose) == "r")
    }
}
