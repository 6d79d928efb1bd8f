/// Turns every comment file into per-page threads: checks ids, parents and loops,
/// keeps approved comments only, and attaches replies deeper than the depth limit at
/// the deepest level.
///
/// A problem that involves only comments nobody approved (a pending reply to nothing, a loop
/// of spam) is a warning and those comments are left out; one that involves an approved
/// comment is an error.
struct CommentThreads {
    let maxDepth: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(maxDepth: Int) {
        self.maxDepth = maxDepth
    }

    /// Threads of approved comments for each page path that has comments.
    /// - Parameters:
    ///   - comments: Every comment that parsed, whatever its status.
    ///   - leftOut: Pending and spam comments whose files have problems: replies to them are
    ///     replies to a hidden comment, not to nothing.
    ///   - pagePaths: The pages that have a comments section.
    mutating func build(_ comments: [Comment], leftOut: [LeftOutComment] = [],
                        pagePaths: Set<String>) -> [String: [CommentNode]] {
        var result: [String: [CommentNode]] = [:]
        let byPage = Dictionary(grouping: comments.sorted { $0.path < $1.path }, by: \.pagePath)
        let leftOutByPage = Dictionary(grouping: leftOut.sorted { $0.path < $1.path }, by: \.pagePath)
        for page in byPage.keys.sorted() {
            let (valid, parents) = checked(byPage[page]!, leftOut: leftOutByPage[page] ?? [])
            guard pagePaths.contains(page) else {
                for comment in valid {
                    diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: comment.path),
                        "there is no page at /\(page)/ to show this comment on: move it to the folder of an existing page",
                        isAboutUnapprovedComment: comment.status != .approved))
                }
                continue
            }
            result[page] = threads(of: valid, parents: parents)
        }
        return result
    }
}

private extension CommentThreads {
    /// The page's comments without duplicates, unknown parents and loops; and the parent of
    /// every comment on the page, left-out ones included.
    mutating func checked(_ comments: [Comment], leftOut: [LeftOutComment]) -> ([Comment], [String: String]) {
        var byID: [String: Comment] = [:]
        var kept: [Comment] = []
        // Approved comments claim their ids first: a pending copy of an id is the one left out.
        for comment in comments.sorted(by: { (rank($0), $0.path) < (rank($1), $1.path) }) {
            if let first = byID[comment.id] {
                report(comment, isError: comment.status == .approved, at: SourceLocation(path: comment.path, line: 1, column: 1),
                       "the comment id '\(comment.id)' is also used by \(first.path): give each comment its own id")
                continue
            }
            byID[comment.id] = comment
            kept.append(comment)
        }
        kept.sort { $0.path < $1.path }
        var parents: [String: String] = [:]
        for comment in kept { parents[comment.id] = comment.parent }
        let hidden = leftOut.filter { byID[$0.id] == nil }
        for comment in hidden { parents[comment.id] = comment.parent }
        let known = Set(byID.keys).union(hidden.map(\.id))
        let looping = ReplyLoops.find(ids: kept.map(\.id) + hidden.map(\.id), parents: parents)
        let valid = kept.filter { comment in
            guard let parent = comment.parent else { return true }
            let location = comment.parentLocation ?? SourceLocation(path: comment.path, line: 1, column: 1)
            guard known.contains(parent) else {
                report(comment, isError: comment.status == .approved, at: location,
                       "'\(parent)' is not a comment on this page: fix the parent id or remove it")
                return false
            }
            if let loop = looping[comment.id] {
                report(comment, isError: loop.contains { byID[$0]?.status == .approved }, at: location,
                       "replies go round in a loop (\(loop.joined(separator: " → "))): one of them must not have a parent")
                return false
            }
            return true
        }
        return (valid, parents)
    }

    func rank(_ comment: Comment) -> Int {
        comment.status == .approved ? 0 : 1
    }

    /// An error, or for a comment that is not approved when no approved one is involved, a warning.
    mutating func report(_ comment: Comment, isError: Bool, at location: SourceLocation, _ message: String) {
        diagnostics.append(isError ? .error(at: location, message) : .unapprovedCommentWarning(at: location,
            "\(message) (the comment is \(comment.status.rawValue), so it is left out of the site)"))
    }

    /// Approved comments, each under its nearest approved ancestor (through hidden ones).
    func threads(of comments: [Comment], parents: [String: String]) -> [CommentNode] {
        let byID = Dictionary(uniqueKeysWithValues: comments.map { ($0.id, $0) })
        var children: [String: [Comment]] = [:]
        var roots: [Comment] = []
        for comment in comments where comment.status == .approved {
            var seen: Set = [comment.id]
            var next = comment.parent
            var ancestor: Comment?
            // `seen` stops at a loop among hidden comments, which are not checked for loops.
            while let id = next, seen.insert(id).inserted {
                if let candidate = byID[id], candidate.status == .approved { ancestor = candidate; break }
                next = parents[id]
            }
            if let ancestor { children[ancestor.id, default: []].append(comment) } else { roots.append(comment) }
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
