#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds the documents' TF-IDF text vectors from their term counts.
///
/// A term's weight in a document is `(1 + ln tf) × idf` (sublinear term frequency)
/// with the smooth `idf = ln((1 + n) / (1 + df)) + 1`, where `n` counts all
/// documents and `df` those containing the term. Each document keeps its
/// `termsPerDocument` heaviest terms (ties: the term that sorts first), and that
/// truncated vector is scaled to length 1. Term ids follow the terms' sorted order,
/// so no id, sum or tie depends on the documents' input order.
enum TextVectors {
    /// One row per document (in the order of `runs`), columns are term ids, ascending.
    /// - Returns: The vectors and the number of distinct terms (columns).
    static func build(runs: [TermCounts], termsPerDocument: Int) -> (vectors: SparseRows, termCount: Int) {
        let documentCount = runs.reduce(0) { $0 + $1.documentCount }
        let (globalIDs, documentFrequency) = mergeVocabularies(runs)
        let idf = documentFrequency.map { inverseDocumentFrequency($0, documentCount: documentCount) }
        let parts = ParallelWork.map(runs.count) { index in
            let run = runs[index]
            let ids = globalIDs[index]
            return SparseRows(rows: (0..<run.documentCount).map { document in
                let weighted = run.entries(ofDocument: document).map { entry in
                    (column: ids[Int(entry.term)], value: (1 + log(Double(entry.count))) * idf[Int(ids[Int(entry.term)])])
                }
                return normalizedTop(weighted, limit: termsPerDocument)
            })
        }
        return (SparseRows(concatenating: parts), idf.count)
    }

    /// The smooth inverse document frequency, `ln((1 + n) / (1 + df)) + 1`.
    static func inverseDocumentFrequency(_ documentFrequency: Int, documentCount: Int) -> Double {
        log(Double(1 + documentCount) / Double(1 + documentFrequency)) + 1
    }

    /// The `limit` heaviest entries (ties: lower column), by ascending column, scaled to length 1.
    static func normalizedTop(_ entries: [(column: Int32, value: Double)], limit: Int) -> [(column: Int32, value: Double)] {
        var kept = entries.count > limit ? heaviest(entries, limit: limit) : entries
        kept.sort { $0.column < $1.column }
        let length = sqrt(kept.reduce(0) { $0 + $1.value * $1.value })
        guard length > 0 else { return [] }
        return kept.map { ($0.column, $0.value / length) }
    }
}

private extension TextVectors {
    /// The `limit` highest values (ties: lower column), found with a bounded sorted
    /// buffer: cheaper than sorting a page's few hundred terms to keep a few dozen.
    static func heaviest(_ entries: [(column: Int32, value: Double)], limit: Int) -> [(column: Int32, value: Double)] {
        func heavier(_ lhs: (column: Int32, value: Double), _ rhs: (column: Int32, value: Double)) -> Bool {
            lhs.value != rhs.value ? lhs.value > rhs.value : lhs.column < rhs.column
        }
        var kept: [(column: Int32, value: Double)] = []
        kept.reserveCapacity(limit + 1)
        for entry in entries {
            if kept.count == limit {
                guard heavier(entry, kept[limit - 1]) else { continue }
                kept.removeLast()
            }
            var index = kept.count
            while index > 0 && heavier(entry, kept[index - 1]) { index -= 1 }
            kept.insert(entry, at: index)
        }
        return kept
    }

    /// Global term ids (the index of the term among all terms sorted) for each run's
    /// local ids, and each global term's document frequency.
    static func mergeVocabularies(_ runs: [TermCounts]) -> (globalIDs: [[Int32]], documentFrequency: [Int]) {
        var frequency: [String: Int] = [:]
        for run in runs {
            for (term, count) in zip(run.terms, run.documentFrequency) { frequency[term, default: 0] += count }
        }
        let sortedTerms = frequency.keys.sorted()
        var globalID: [String: Int32] = [:]
        globalID.reserveCapacity(sortedTerms.count)
        for (id, term) in sortedTerms.enumerated() { globalID[term] = Int32(id) }
        let globalIDs = runs.map { run in run.terms.map { globalID[$0]! } }
        return (globalIDs, sortedTerms.map { frequency[$0]! })
    }
}
