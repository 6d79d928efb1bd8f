extension SimilarityIndex {
    /// The `count` best other candidates for `document` (internal ids), best first.
    ///
    /// Gathers rough scores through the posting lists of the document's terms and
    /// tags (a lower bound of the true score when lists were cut), keeps a shortlist
    /// of the best, scores those exactly and ranks them.
    func neighbours(of document: Int32, count: Int, using accumulator: inout ScoreAccumulator) -> [Int32] {
        guard count > 0 else { return [] }
        accumulate(document, from: textVectors, through: textPostings, weight: options.textWeight, into: &accumulator)
        accumulate(document, from: tagVectors, through: tagPostings, weight: options.tagWeight, into: &accumulator)
        var rough = Shortlist(capacity: 4 * count + 16)
        for other in accumulator.touched where other != document {
            let score = Double(accumulator.score(of: other))
            if rough.mightAdmit(score) { rough.offer(candidate(other, score: score)) }
        }
        accumulator.reset()
        var exact = Shortlist(capacity: count)
        for candidate in rough.candidates {
            let score = exactScore(document, candidate.document)
            if score > 0 { exact.offer(self.candidate(candidate.document, score: score)) }
        }
        return exact.candidates.map(\.document)
    }

    /// `tagWeight × tagCosine + textWeight × textCosine` of two documents (internal
    /// ids), rounded to nine decimal places so that rounding noise never reorders
    /// pages whose scores are mathematically equal; a weight of zero or less turns
    /// its signal off.
    func exactScore(_ document: Int32, _ other: Int32) -> Double {
        let (a, b) = (Int(document), Int(other))
        var score = 0.0
        if options.textWeight > 0 { score += options.textWeight * textVectors.dot(a, b) }
        if options.tagWeight > 0 { score += options.tagWeight * tagVectors.dot(a, b) }
        return (score * 1e9).rounded() / 1e9
    }
}

private extension SimilarityIndex {
    /// Adds `weight × vector[document] · vector[other]` for every `other` in the
    /// posting lists of the document's columns (terms or tags), in column order.
    func accumulate(
        _ document: Int32, from vectors: SparseRows, through postings: SparseRows,
        weight: Double, into accumulator: inout ScoreAccumulator
    ) {
        guard weight > 0 else { return }
        for entry in vectors.range(ofRow: Int(document)) {
            let scaled = weight * vectors.values[entry]
            for posting in postings.range(ofRow: Int(vectors.columns[entry])) {
                accumulator.add(Float(scaled * postings.values[posting]), to: postings.columns[posting])
            }
        }
    }

    func candidate(_ document: Int32, score: Double) -> Shortlist.Candidate {
        Shortlist.Candidate(document: document, score: score, tieRank: tieRank[Int(document)])
    }
}
