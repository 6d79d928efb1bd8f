/// Running candidate scores for one query document: a dense score per document
/// plus the list of documents touched so far, so resetting costs only what was used.
///
/// Scores are `Float`: they only pick the shortlist that is then scored exactly
/// in `Double`, and half the memory keeps the array of a large site in cache.
///
/// The inner loop (``add(_:times:to:)``) has no branch on its data: it always writes the
/// document into the next free slot of `touched` and moves past the slot only when the
/// document had no score yet. On 100,000 pages that loop runs some 3 billion times a build,
/// and a branch on "first touch" is mispredicted about as often as it is taken.
struct ScoreAccumulator {
    private var scores: [Float]
    /// Room for every document once, plus the slot the loop writes beyond the last one.
    private var touchedSlots: [Int32]
    private var touchedCount = 0
    /// One row of a vector table spread out by column, zero elsewhere (``dots(of:with:in:)``).
    private var spread: [Double] = []

    /// An accumulator for documents `0..<documentCount`, all scores zero.
    init(documentCount: Int) {
        scores = [Float](repeating: 0, count: documentCount)
        touchedSlots = [Int32](repeating: 0, count: documentCount + 1)
    }

    /// Adds `Float(scaled × values[i])` to the score of `documents[i]`, for every `i` in
    /// order; amounts of zero or less are ignored (a score of zero means "not touched").
    mutating func add(_ scaled: Double, times values: UnsafeBufferPointer<Double>, to documents: UnsafeBufferPointer<Int32>) {
        var count = touchedCount
        scores.withUnsafeMutableBufferPointer { scores in
            touchedSlots.withUnsafeMutableBufferPointer { touched in
                for position in 0..<min(values.count, documents.count) {
                    let document = documents[position]
                    let amount = max(Float(scaled * values[position]), 0)
                    let old = scores[Int(document)]
                    let new = old + amount
                    touched[count] = document
                    count &+= old == 0 && new != 0 ? 1 : 0
                    scores[Int(document)] = new
                }
            }
        }
        touchedCount = count
    }

    /// Calls `body` with every touched document and its score, in the order they were first
    /// touched, zeroing each score as it goes: the accumulator is empty afterwards. (One pass
    /// over the scattered scores instead of a read and a reset.)
    mutating func drain(_ body: (Int32, Float) -> Void) {
        let count = touchedCount
        touchedCount = 0
        scores.withUnsafeMutableBufferPointer { scores in
            touchedSlots.withUnsafeBufferPointer { touched in
                for position in 0..<count {
                    let document = touched[position]
                    body(document, scores[Int(document)])
                    scores[Int(document)] = 0
                }
            }
        }
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
