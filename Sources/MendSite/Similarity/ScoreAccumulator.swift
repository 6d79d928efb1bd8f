/// Running candidate scores for one query document: a dense score per document
/// plus the list of documents touched so far, so resetting costs only what was used.
///
/// Scores are `Float`: they only pick the shortlist that is then scored exactly
/// in `Double`, and half the memory keeps the array of a large site in cache.
///
/// The inner loop (``add(_:times:to:)``) lists every document it adds to, even one it
/// listed before: deciding "first touch" from the score just read made each step wait for
/// the previous step's read (where the next document goes depended on it), a cache miss
/// apiece on a large site, while independent steps overlap. On 100,000 pages a query lists
/// some 20,000 documents, 14,000 of them different; ``drain(bar:tieRanks:_:)`` meets the others
/// with their scores already reset.
struct ScoreAccumulator {
    private var scores: [Float]
    /// The documents added to since the last drain, some more than once; grows as needed.
    private var touchedSlots: [Int32] = []
    private var touchedCount = 0
    /// One row of a vector table spread out by column, zero elsewhere (``dots(of:with:in:)``).
    private var spread: [Double] = []

    /// An accumulator for documents `0..<documentCount`, all scores zero.
    init(documentCount: Int) {
        scores = [Float](repeating: 0, count: documentCount)
    }

    /// Adds `Float(scaled × values[i])` to the score of `documents[i]`, for every `i` in
    /// order; amounts of zero or less add nothing (a document listed only with them keeps a
    /// score of zero, which the drain passes over).
    mutating func add(_ scaled: Double, times values: UnsafeBufferPointer<Double>, to documents: UnsafeBufferPointer<Int32>) {
        let length = min(values.count, documents.count)
        let start = touchedCount
        if touchedSlots.count < start + length {
            touchedSlots += repeatElement(0, count: max(start + length, 2 * touchedSlots.count) - touchedSlots.count)
        }
        scores.withUnsafeMutableBufferPointer { scores in
            touchedSlots.withUnsafeMutableBufferPointer { touched in
                for position in 0..<length {
                    let document = documents[position]
                    scores[Int(document)] += max(Float(scaled * values[position]), 0)
                    touched[start + position] = document
                }
            }
        }
        touchedCount = start + length
    }

    /// Calls `body` with every touched document that passes the bar `body` last returned (`bar`
    /// before the first call), in the order they were first listed, zeroing each score as it
    /// goes: the accumulator is empty afterwards. (One pass over the scattered scores instead
    /// of a read and a reset.) A document passes with a higher score than the bar's, or the
    /// same score and a lower tie rank (`tieRanks[document]`); a score of zero never passes.
    /// A query keeping the best few returns the last one it keeps once it has enough, so most
    /// documents cost one comparison, and one of many with the same score, two.
    mutating func drain(bar: Bar, tieRanks: UnsafeBufferPointer<Int32>, _ body: (_ document: Int32, _ score: Float) -> Bar) {
        let count = touchedCount
        touchedCount = 0
        var bar = bar
        scores.withUnsafeMutableBufferPointer { scores in
            touchedSlots.withUnsafeBufferPointer { touched in
                for position in 0..<count {
                    let document = Int(touched[position])
                    let score = scores[document]
                    scores[document] = 0
                    // A repeat meets its score already reset.
                    guard score >= bar.score, score > 0 else { continue }
                    if score == bar.score && tieRanks[document] >= bar.tieRank { continue }
                    bar = body(Int32(truncatingIfNeeded: document), score)
                }
            }
        }
    }

    /// What a document must beat to be drained: a higher score, or this score and a lower tie rank.
    struct Bar {
        var score: Float
        var tieRank: Int32
        /// Every document scoring above zero passes.
        static let anyScore = Bar(score: 0, tieRank: .min)
    }

    /// The dot product of `vectors`' row `row` with each of the rows `others`: the same sums,
    /// in the same order, as ``SparseRows/dot(_:_:)`` (the products of the columns both have,
    /// by column; a column only one has adds an exact zero), without a merge per pair.
    mutating func dots(of row: Int, with others: [Int32], in vectors: SparseRows) -> [Double] {
        let own = vectors.range(ofRow: row)
        guard let widest = own.lazy.map({ vectors.columns[$0] }).max() else { return others.map { _ in 0 } }
        let width = Int(widest) + 1
        if spread.count < width { spread += repeatElement(0, count: width - spread.count) }
        return vectors.columns.withUnsafeBufferPointer { columns in
            vectors.values.withUnsafeBufferPointer { values in
                spread.withUnsafeMutableBufferPointer { spread in
                    for entry in own { spread[Int(columns[entry])] = values[entry] }
                    let result = others.map { other in
                        var sum = 0.0
                        for entry in vectors.range(ofRow: Int(other)) {
                            let column = Int(columns[entry])
                            if column < width { sum += spread[column] * values[entry] }
                        }
                        return sum
                    }
                    for entry in own { spread[Int(columns[entry])] = 0 }
                    return result
                }
            }
        }
    }
}
