/// Running candidate scores for one query document: a dense score per document
/// plus the list of documents touched so far, so resetting costs only what was used.
struct ScoreAccumulator {
    private var scores: [Double]
    /// The documents with a score, in the order they were first touched.
    private(set) var touched: [Int32] = []

    /// An accumulator for documents `0..<documentCount`, all scores zero.
    init(documentCount: Int) {
        scores = [Double](repeating: 0, count: documentCount)
    }

    /// Adds `amount` to the score of `document`.
    mutating func add(_ amount: Double, to document: Int32) {
        let index = Int(document)
        if scores[index] == 0 { touched.append(document) }
        scores[index] += amount
    }

    func score(of document: Int32) -> Double {
        scores[Int(document)]
    }

    /// Zeroes every touched score and forgets them.
    mutating func reset() {
        for document in touched { scores[Int(document)] = 0 }
        touched.removeAll(keepingCapacity: true)
    }
}
