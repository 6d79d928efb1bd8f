#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds the documents' TF-IDF text vectors from their word counts.
///
/// A term's weight in a document is `(1 + ln tf) × idf` (sublinear term frequency)
/// with the smooth `idf = ln((1 + n) / (1 + df)) + 1`, where `n` counts all
/// documents and `df` those containing the term, taken in bands (``termIDF(_:documentCount:)``)
/// so that one edited page seldom changes the weights of other pages. Each document keeps its
/// `termsPerDocument` heaviest terms (ties: the term that sorts first), and that
/// truncated vector is scaled to length 1.
enum TextVectors {
    /// The vectors, and what an update of some documents' texts starts from
    /// (``TextTerms``).
    struct Built: Sendable {
        /// One row per document, columns are term ids, ascending.
        let vectors: SparseRows
        /// Each document's term counts (values are counts), in no particular order; `nil` when
        /// built for one ranking, which no update follows.
        let counts: SparseRows?
        /// The terms, sorted: term id `t` is `terms[t]`.
        let terms: [String]
        let documentFrequency: [Int]
        /// Each document's lightest kept term before scaling (``Floor``).
        let floors: [Floor]
        var termCount: Int { terms.count }
    }

    /// The lightest term a document keeps, before scaling: a term left out enters the
    /// vector only if it would be heavier. `none` when every term is kept.
    struct Floor: Sendable, Equatable {
        let value: Double
        let column: Int32
        static let none = Floor(value: -.infinity, column: .max)

        /// Whether a term of this weight would be kept before the floor (ties: lower column).
        func isPassed(by value: Double, column: Int32) -> Bool {
            value != self.value ? value > self.value : column < self.column
        }
    }

    /// One row per document (in the order of `runs`), columns are term ids, ascending; with
    /// the documents' term counts when `keepingCounts` (an update starts from them).
    static func build(runs: [WordCounts], termsPerDocument: Int, keepingCounts: Bool = true, work: ParallelWork) -> Built {
        let vocabulary = Vocabulary(runs: runs)
        let documentCount = runs.reduce(0) { $0 + $1.documentCount }
        let frequencies = documentFrequencies(runs: runs, vocabulary: vocabulary, work: work)
        let idf = frequencies.map { termIDF($0, documentCount: documentCount) }
        let parts = work.map(runs.count) { index in
            var tally = Tally(capacity: vocabulary.termCount)
            var rows = SparseRows(), counts = SparseRows(), floors: [Floor] = []
            var weighted: [(column: Int32, value: Double)] = [], termCounts: [(column: Int32, value: Double)] = []
            let sublinear = sublinearCounts
            for document in 0..<runs[index].documentCount {
                weighted.removeAll(keepingCapacity: true)
                termCounts.removeAll(keepingCapacity: true)
                forEachTerm(of: document, in: runs[index], termOfWord: vocabulary.termOfWord[index], tally: &tally) {
                    let frequency = $1 < sublinear.count ? sublinear[Int($1)] : 1 + log(Double($1))
                    weighted.append((column: $0, value: frequency * idf[Int($0)]))
                    if keepingCounts { termCounts.append((column: $0, value: Double($1))) }
                }
                let (row, floor) = normalizedTopAndFloor(weighted, limit: termsPerDocument)
                rows.appendRow(row)
                if keepingCounts { counts.appendRow(termCounts) }
                floors.append(floor)
            }
            return (rows, counts, floors)
        }
        return Built(vectors: SparseRows(concatenating: parts.map(\.0)),
                     counts: keepingCounts ? SparseRows(concatenating: parts.map(\.1)) : nil,
                     terms: vocabulary.terms, documentFrequency: frequencies, floors: parts.flatMap(\.2))
    }

    /// A term's weight in a document, `(1 + ln tf) × idf`.
    static func weight(count: Int32, idf: Double) -> Double {
        (1 + log(Double(count))) * idf
    }

    /// `1 + ln tf` for the counts most terms have (index 0 unused), the same values
    /// ``weight(count:idf:)`` computes: a clean build takes one per term of every page.
    static let sublinearCounts: [Double] = (0..<256).map { $0 == 0 ? 0 : 1 + log(Double($0)) }

    /// A term's idf: ``inverseDocumentFrequency(_:documentCount:)`` of the lower end of the
    /// band `1 + df` falls in, eight bands to each doubling (so within 9 % of the exact
    /// value). A page that gains or loses a word changes that word's document frequency
    /// by one, which moves it to another band, and changes the weights of every page with
    /// the word, only about once in `df / 11` times.
    static func termIDF(_ documentFrequency: Int, documentCount: Int) -> Double {
        let band = (log2(Double(1 + documentFrequency)) * 8).rounded(.down)
        return log(Double(1 + documentCount) / exp2(band / 8)) + 1
    }

    /// The smooth inverse document frequency, `ln((1 + n) / (1 + df)) + 1`.
    static func inverseDocumentFrequency(_ documentFrequency: Int, documentCount: Int) -> Double {
        log(Double(1 + documentCount) / Double(1 + documentFrequency)) + 1
    }

    /// The `limit` highest values (ties: lower column), best first, found with a heap of the
    /// best so far whose root is the lightest of them: a newcomer is compared with the root
    /// alone, and one that displaces it costs a few steps, not a shift of the whole buffer
    /// (cheaper than sorting a page's few hundred terms to keep a few dozen).
    static func heaviest(_ entries: [(column: Int32, value: Double)], limit: Int) -> [(column: Int32, value: Double)] {
        func heavier(_ lhs: (column: Int32, value: Double), _ rhs: (column: Int32, value: Double)) -> Bool {
            lhs.value != rhs.value ? lhs.value > rhs.value : lhs.column < rhs.column
        }
        guard limit > 0 else { return [] }
        guard entries.count > limit else { return entries.sorted(by: heavier) }
        var kept = Array(entries[..<limit])
        kept.withUnsafeMutableBufferPointer { heap in
            /// Moves the entry at `start` down until both children are heavier.
            func siftDown(_ start: Int) {
                var parent = start
                while true {
                    var lightest = parent
                    let left = 2 * parent + 1, right = left + 1
                    if left < limit && heavier(heap[lightest], heap[left]) { lightest = left }
                    if right < limit && heavier(heap[lightest], heap[right]) { lightest = right }
                    if lightest == parent { return }
                    heap.swapAt(parent, lightest)
                    parent = lightest
                }
            }
            for start in stride(from: limit / 2 - 1, through: 0, by: -1) { siftDown(start) }
            for entry in entries[limit...] where heavier(entry, heap[0]) {
                heap[0] = entry
                siftDown(0)
            }
        }
        kept.sort(by: heavier)
        return kept
    }

    /// The `limit` heaviest entries (ties: lower column), by ascending column, scaled to length 1.
    static func normalizedTop(_ entries: [(column: Int32, value: Double)], limit: Int) -> [(column: Int32, value: Double)] {
        normalizedTopAndFloor(entries, limit: limit).row
    }

    /// ``normalizedTop(_:limit:)`` and the lightest entry it kept when it left some out.
    static func normalizedTopAndFloor(_ entries: [(column: Int32, value: Double)], limit: Int)
        -> (row: [(column: Int32, value: Double)], floor: Floor) {
        var kept = entries.count > limit ? heaviest(entries, limit: limit) : entries
        let floor = entries.count > limit ? kept.last.map { Floor(value: $0.value, column: $0.column) } ?? .none : .none
        kept.sort { $0.column < $1.column }
        let length = sqrt(kept.reduce(0) { $0 + $1.value * $1.value })
        guard length > 0 else { return ([], floor) }
        return (kept.map { ($0.column, $0.value / length) }, floor)
    }
}

private extension TextVectors {
    /// Calls `body` with each term of a document and its count (words that make
    /// the same term, as "trust" and "trusts", add up).
    static func forEachTerm(
        of document: Int, in run: WordCounts, termOfWord: [Int32], tally: inout Tally, _ body: (Int32, Int32) -> Void
    ) {
        for entry in run.entries(ofDocument: document) {
            let term = termOfWord[Int(entry.word)]
            if term >= 0 { tally.add(term, entry.count) }
        }
        tally.drain(body)
    }

    /// How many documents contain each term, counted per run in parallel.
    static func documentFrequencies(runs: [WordCounts], vocabulary: Vocabulary, work: ParallelWork) -> [Int] {
        let perRun = work.map(runs.count) { index in
            var frequency = [Int32](repeating: 0, count: vocabulary.termCount)
            var tally = Tally(capacity: vocabulary.termCount)
            for document in 0..<runs[index].documentCount {
                forEachTerm(of: document, in: runs[index], termOfWord: vocabulary.termOfWord[index], tally: &tally) { term, _ in
                    frequency[Int(term)] += 1
                }
            }
            return frequency
        }
        var total = [Int](repeating: 0, count: vocabulary.termCount)
        for frequency in perRun {
            for term in frequency.indices { total[term] += Int(frequency[term]) }
        }
        return total
    }
}
