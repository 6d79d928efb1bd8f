extension SparseRows {
    /// The posting lists of these document vectors: for each column (term or tag),
    /// the included documents that have it, in document order (a query's additions then go
    /// up through memory; order never changes a score). A list longer than `limit` keeps
    /// only the documents with the `limit` highest values (ties: lower tie rank, i.e. newer page).
    /// - Parameters:
    ///   - columnCount: Number of distinct columns (terms or tags).
    ///   - limit: The most documents kept per posting list.
    ///   - tieRank: Each document's rank among equal values, lower first.
    ///   - includes: Whether a document (row) may appear in posting lists.
    func postings(columnCount: Int, limit: Int, tieRank: [Int32], work: ParallelWork, includes: (Int) -> Bool) -> SparseRows {
        let (entries, starts) = transposed(columnCount: columnCount, includes: includes)
        let pieces = ParallelWork.ranges(count: columnCount, grain: 1024)
        let parts = work.map(pieces.count) { piece in
            SparseRows(rows: pieces[piece].map { column in
                let postings = entries[starts[column]..<starts[column + 1]]
                guard postings.count > limit else { return Array(postings) }
                return postings.sorted { lhs, rhs in
                    lhs.value != rhs.value ? lhs.value > rhs.value : tieRank[Int(lhs.column)] < tieRank[Int(rhs.column)]
                }.prefix(limit).sorted { $0.column < $1.column }
            })
        }
        return SparseRows(concatenating: parts)
    }
}

private extension SparseRows {
    /// All included rows' entries grouped by column: column `c`'s documents (rows,
    /// ascending) with their values are `entries[starts[c]..<starts[c + 1]]`.
    func transposed(columnCount: Int, includes: (Int) -> Bool) -> (entries: [(column: Int32, value: Double)], starts: [Int]) {
        var starts = [Int](repeating: 0, count: columnCount + 1)
        for row in 0..<rowCount where includes(row) {
            for index in range(ofRow: row) { starts[Int(columns[index]) + 1] += 1 }
        }
        for column in 0..<columnCount { starts[column + 1] += starts[column] }
        var entries = [(column: Int32, value: Double)](repeating: (0, 0), count: starts[columnCount])
        var next = starts
        for row in 0..<rowCount where includes(row) {
            for index in range(ofRow: row) {
                let column = Int(columns[index])
                entries[next[column]] = (Int32(row), values[index])
                next[column] += 1
            }
        }
        return (entries, starts)
    }
}
