/// Turns every comment file into per-page threads: checks ids, parents and loops,
/// keeps approved comments only, and attaches replies deeper than the depth limit at
/// the deepest level.
struct CommentThreads {
    let maxDepth: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(maxDepth: Int) {
        self.maxDepth = maxDepth
    }

    /// Threads of approved comments for each page path that has comments.
    mutating func build(_ comments: [Comment], pagePaths: Set<String>) -> [String: [CommentNode]] {
        var result: [String: [CommentNode]] = [:]
        let byPage = Dictionary(grouping: comments.sorted { $0.path < $1.path }, by: \.pagePath)
        for page in byPage.keys.sorted() {
            let valid = checked(byPage[page]!)
            guard pagePaths.contains(page) else {
                for comment in valid {
                    diagnostics.append(.warning(at: SourceLocation(path: comment.path),
                        "there is no page at /\(page)/ to show this comment on: move it to the folder of an existing page"))
                }
                continue
            }
            result[page] = threads(of: valid)
        }
        return result
    }
}

private extension CommentThreads {
    /// The page's comments without duplicates, unknown parents and loops (each an error).
    mutating func checked(_ comments: [Comment]) -> [Comment] {
        var byID: [String: Comment] = [:]
        var kept: [Comment] = []
        for comment in comments {
            if let first = byID[comment.id] {
                diagnostics.append(.error(at: SourceLocation(path: comment.path, line: 1, column: 1),
                    "the comment id '\(comment.id)' is also used by \(first.path): give each comment its own id"))
                continue
            }
            byID[comment.id] = comment
            kept.append(comment)
        }
        let looping = commentsInLoops(kept, byID: byID)
        return kept.filter { comment in
            guard let parent = comment.parent else { return true }
            let location = comment.parentLocation ?? SourceLocation(path: comment.path, line: 1, column: 1)
            guard byID[parent] != nil else {
                diagnostics.append(.error(at: location,
                    "'\(parent)' is not a comment on this page: fix the parent id or remove it"))
                return false
            }
            if let loop = looping[comment.id] {
                diagnostics.append(.error(at: location,
                    "replies go round in a loop (\(loop.joined(separator: " → "))): one of them must not have a parent"))
                return false
            }
            return true
        }
    }

    /// For every comment on a loop of replies, the loop starting from it. Each comment is
    /// walked once, so a long chain of replies stays linear.
    func commentsInLoops(_ comments: [Comment], byID: [String: Comment]) -> [String: [String]] {
        enum Mark { case walking, done }
        var marks: [String: Mark] = [:]
        var loops: [String: [String]] = [:]
        for start in comments where marks[start.id] == nil {
            var path: [String] = []
            var current: Comment? = start
            while let comment = current, marks[comment.id] == nil {
                marks[comment.id] = .walking
                path.append(comment.id)
                current = comment.parent.flatMap { byID[$0] }
            }
            if let comment = current, marks[comment.id] == .walking, let first = path.firstIndex(of: comment.id) {
                let loop = Array(path[first...])
                for (offset, id) in loop.enumerated() {
                    loops[id] = Array(loop[offset...] + loop[..<offset]) + [id]
                }
            }
            for id in path { marks[id] = .done }
        }
        return loops
    }

    /// Approved comments, each under its nearest approved ancestor.
    func threads(of comments: [Comment]) -> [CommentNode] {
        let byID = Dictionary(uniqueKeysWithValues: comments.map { ($0.id, $0) })
        var children: [String: [Comment]] = [:]
        var roots: [Comment] = []
        for comment in comments where comment.status == .approved {
            var parent = comment.parent.flatMap { byID[$0] }
            while let candidate = parent, candidate.status != .approved { parent = candidate.parent.flatMap { byID[$0] } }
            if let parent { children[parent.id, default: []].append(comment) } else { roots.append(comment) }
        }
        return nodes(roots, depth: 1, children: children)
    }

    func nodes(_ comments: [Comment], depth: Int, children: [String: [Comment]]) -> [CommentNode] {
        guard depth < maxDepth else {
            // At the deepest level, replies of any depth line up as siblings (iteratively:
            // a long chain of replies must not exhaust the stack).
            var flat: [Comment] = []
            var pending = comments
            while let comment = pending.popLast() {
                flat.append(comment)
                pending.append(contentsOf: children[comment.id] ?? [])
            }
            return Self.ordered(flat).map { CommentNode(comment: $0, depth: depth, replies: []) }
        }
        return Self.ordered(comments).map {
            CommentNode(comment: $0, depth: depth, replies: nodes(children[$0.id] ?? [], depth: depth + 1, children: children))
        }
    }

    static func ordered(_ comments: [Comment]) -> [Comment] {
        comments.sorted { ($0.date.timestamp, $0.id) < ($1.date.timestamp, $1.id) }
    }
}
