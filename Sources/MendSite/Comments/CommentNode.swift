/// An approved comment with its approved replies, as a page shows it.
public struct CommentNode: Sendable, Equatable {
    public let comment: Comment
    /// 1 for a comment on the page, 2 for a reply to it, … at most the site's `max_depth`.
    public let depth: Int
    /// By date, then id.
    public let replies: [CommentNode]
}

/// A page's comments section: its threads and whether it takes new comments.
public struct PageComments: Sendable, Equatable {
    /// Top-level comments, by date then id, each with its replies.
    public let threads: [CommentNode]
    /// Approved comments shown, replies included.
    public let count: Int
    /// Whether the form is shown.
    public let isOpen: Bool

    public init(threads: [CommentNode], isOpen: Bool) {
        self.threads = threads
        self.isOpen = isOpen
        func count(_ nodes: [CommentNode]) -> Int { nodes.reduce(nodes.count) { $0 + count($1.replies) } }
        self.count = count(threads)
    }

    /// Every comment of the threads, depth first, in page order.
    public var all: [Comment] {
        func walk(_ nodes: [CommentNode]) -> [Comment] { nodes.flatMap { [$0.comment] + walk($0.replies) } }
        return walk(threads)
    }
}
