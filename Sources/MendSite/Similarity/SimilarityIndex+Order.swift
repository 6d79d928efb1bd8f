extension SimilarityIndex {
    /// The documents' internal numbering: `result[id]` is the position in `documents` of the
    /// document numbered `id`. Documents are numbered by their first tag, then their second
    /// (tag ids, as in `tags`, the documents' tag vectors in input order; untagged last), then
    /// key, then position. Pages that share tags are what a query mostly reads: numbered side
    /// by side, their scores, posting entries and rows lie together in memory, and ranking in
    /// id order asks them one after another, while what they read is still in the processor's
    /// cache (numbered by key, nearly every page of a large site read it afresh from memory).
    /// The numbering depends only on the documents' keys and tags, never on their input order
    /// (but among documents sharing a key), and no result depends on it.
    static func internalOrder(keys: [String], tags: SparseRows) -> [Int] {
        func tag(_ document: Int, _ rank: Int) -> Int32 {
            let row = tags.range(ofRow: document)
            return rank < row.count ? tags.columns[row.lowerBound + rank] : .max
        }
        let first = keys.indices.map { tag($0, 0) }
        let second = keys.indices.map { tag($0, 1) }
        return keys.indices.sorted { lhs, rhs in
            if first[lhs] != first[rhs] { return first[lhs] < first[rhs] }
            if second[lhs] != second[rhs] { return second[lhs] < second[rhs] }
            return (keys[lhs], lhs) < (keys[rhs], rhs)
        }
    }
}
