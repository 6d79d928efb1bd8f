/// Running candidate scores for one query document: a dense score per document
/// plus the list of documents touched so far, so resetting costs only what was used.
///
/// Scores are `Float`: they only pick the shortlist that is then scored exactly
/// in `Double`, and half the memory keeps the array of a large site in cache.
struct ScoreAccumulator {
    private var scores: [Float]
    /// The documents with a score, in the order they were first touched.
    private(set) var touched: [Int32] = []

    /// An accumulator for documents `0..<documentCount`, all scores zero.
    init(documentCount: Int) {
        scores = [Float](repeating: 0, count: documentCount)
    }

    /// Adds `amount` to the score of `document`; amounts of zero or less are ignored
    /// (a score of zero means "not touched").
    mutating func add(_ amount: Float, to document: Int32) {
        guard amount > 0 else { return }
        let index = Int(document)
        if scores[index] == 0 { touched.append(document) }
        scores[index] += amount
    }

    func score(of document: Int32) -> Float {
        scores[Int(document)]
    }

    /// Zeroes every touched score and forgets them.
    mutating func reset() {
        for document in touched { scores[Int(document)] = 0 }
        touched.removeAll(keepingCapacity: true)
    }
}
