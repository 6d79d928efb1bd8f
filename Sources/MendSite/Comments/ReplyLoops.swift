/// Finds replies that go round in a loop (`x` replies to `y`, which replies to `x`).
enum ReplyLoops {
    /// For every id on a loop of parents, the loop starting from it and back (`x → y → x`).
    /// Each id is walked once, so a long chain of replies stays linear.
    /// - Parameters:
    ///   - ids: Every comment of the page, in a stable order.
    ///   - parents: Each comment's parent, for those that have one.
    static func find(ids: [String], parents: [String: String]) -> [String: [String]] {
        enum Mark { case walking, done }
        var marks: [String: Mark] = [:]
        var loops: [String: [String]] = [:]
        let known = Set(ids)
        for start in ids where marks[start] == nil {
            var path: [String] = []
            var current: String? = start
            while let id = current, marks[id] == nil {
                marks[id] = .walking
                path.append(id)
                current = parents[id].flatMap { known.contains($0) ? $0 : nil }
            }
            if let id = current, marks[id] == .walking, let first = path.firstIndex(of: id) {
                let loop = Array(path[first...])
                for (offset, member) in loop.enumerated() {
                    loops[member] = Array(loop[offset...] + loop[..<offset]) + [member]
                }
            }
            for id in path { marks[id] = .done }
        }
        return loops
    }
}
