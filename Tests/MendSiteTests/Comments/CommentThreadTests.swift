import Testing
@testable import MendSite

func comment(_ id: String, parent: String? = nil, day: Int, status: MendSite.Comment.Status = .approved,
             page: String = "posts/a") -> MendSite.Comment {
    MendSite.Comment(id: id, parent: parent, name: "N \(id)", email: "\(id)@example.org", url: nil,
            date: ContentDate("2024-05-\(day < 10 ? "0" : "")\(day)")!, message: "m \(id)", status: status,
            pagePath: page, path: "content/comments/\(page)/\(id).yml", parentLocation: nil)
}

@Suite("Comment threads")
struct CommentThreadTests {
    func build(_ comments: [MendSite.Comment], maxDepth: Int = 5, pages: Set<String> = ["posts/a"]) -> ([String: [CommentNode]], [Diagnostic]) {
        var threads = CommentThreads(maxDepth: maxDepth)
        let result = threads.build(comments, pagePaths: pages)
        return (result, threads.diagnostics)
    }

    func shape(_ nodes: [CommentNode]) -> String {
        nodes.map { $0.comment.id + ($0.replies.isEmpty ? "" : "(\(shape($0.replies)))") }.joined(separator: " ")
    }

    @Test func nestsRepliesOrderedByDateThenID() {
        let (result, diagnostics) = build([
            comment("b", day: 2), comment("a", day: 2), comment("r2", parent: "a", day: 4),
            comment("r1", parent: "a", day: 3), comment("rr", parent: "r1", day: 5),
        ])
        #expect(diagnostics.isEmpty)
        #expect(shape(result["posts/a"]!) == "a(r1(rr) r2) b")
    }

    @Test func pendingAndSpamAreHiddenAndTheirRepliesMoveUp() {
        let (result, _) = build([
            comment("a", day: 1), comment("p", parent: "a", day: 2, status: .pending),
            comment("child", parent: "p", day: 3), comment("s", day: 4, status: .spam),
        ])
        #expect(shape(result["posts/a"]!) == "a(child)")
        #expect(PageComments(threads: result["posts/a"]!, isOpen: true).count == 2)
    }

    @Test func repliesDeeperThanTheLimitLineUpAtTheDeepestLevel() {
        let chain = [comment("c1", day: 1)] + (2...6).map { comment("c\($0)", parent: "c\($0 - 1)", day: $0) }
        let (result, _) = build(chain, maxDepth: 3)
        #expect(shape(result["posts/a"]!) == "c1(c2(c3 c4 c5 c6))")
        #expect(result["posts/a"]![0].replies[0].replies.allSatisfy { $0.depth == 3 })
    }

    @Test func unknownParentLoopAndDuplicateAreErrors() {
        let (result, diagnostics) = build([
            comment("a", day: 1), comment("orphan", parent: "nope", day: 2),
            comment("x", parent: "y", day: 3), comment("y", parent: "x", day: 4),
            MendSite.Comment(id: "a", parent: nil, name: "Dup", email: nil, url: nil, date: ContentDate("2024-05-05")!,
                    message: "m", status: .approved, pagePath: "posts/a", path: "content/comments/posts/a/zz.yml",
                    parentLocation: nil),
        ])
        #expect(diagnostics.map(\.message).sorted() == [
            "'nope' is not a comment on this page: fix the parent id or remove it",
            "replies go round in a loop (x → y → x): one of them must not have a parent",
            "replies go round in a loop (y → x → y): one of them must not have a parent",
            "the comment id 'a' is also used by content/comments/posts/a/a.yml: give each comment its own id",
        ])
        #expect(shape(result["posts/a"]!) == "a")
    }

    @Test func commentsForAPageThatDoesNotExistAreAWarning() {
        let (result, diagnostics) = build([comment("a", day: 1, page: "posts/gone")])
        #expect(result.isEmpty)
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.message.contains("/posts/gone/") == true)
    }

    @Test func aLongReplyChainDoesNotExhaustTheStack() {
        let chain = [comment("c0", day: 1)] + (1..<20_000).map { comment("c\($0)", parent: "c\($0 - 1)", day: 2) }
        let (result, diagnostics) = build(chain, maxDepth: 5)
        #expect(diagnostics.isEmpty)
        #expect(PageComments(threads: result["posts/a"]!, isOpen: true).count == 20_000)
    }
}
