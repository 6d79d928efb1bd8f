extension SimilarityIndex {
    /// The `count` best other candidates for `document` (internal ids), best first.
    ///
    /// Gathers rough scores through the posting lists of the document's heaviest terms
    /// (``SimilarityOptions/termsPerQuery``) and of its tags (a lower bound of the true
    /// score), keeps a shortlist of the best, scores those exactly and ranks them.
    func neighbours(of document: Int32, count: Int, using accumulator: inout ScoreAccumulator) -> [Int32] {
        var floor: Shortlist.Candidate?
        return neighbours(of: document, count: count, using: &accumulator, floor: &floor)
    }

    /// ``neighbours(of:count:using:)``, also giving the last candidate of the rough
    /// shortlist when it was full (`nil` when every document found made it): a document
    /// whose rough candidate does not precede it cannot be on the shortlist.
    func neighbours(of document: Int32, count: Int, using accumulator: inout ScoreAccumulator,
                    floor: inout Shortlist.Candidate?) -> [Int32] {
        floor = nil
        guard count > 0 else { return [] }
        accumulate(textLookups(of: document), through: textPostings, weight: options.textWeight, into: &accumulator)
        accumulate(tagVectors.row(Int(document)), through: tagPostings, weight: options.tagWeight, into: &accumulator)
        var rough = Shortlist(capacity: Self.roughCapacity(count))
        tieRank.withUnsafeBufferPointer { tieRanks in
            accumulator.drain(bar: .anyScore, tieRanks: tieRanks) { other, roughScore in
                if other != document { rough.offer(candidate(other, score: Double(roughScore))) }
                guard let last = rough.cutoff else { return .anyScore }
                // Every score comes from a `Float`, so the kept ones convert back exactly.
                return ScoreAccumulator.Bar(score: Float(last.score), tieRank: last.tieRank)
            }
        }
        floor = rough.cutoff
        var exact = Shortlist(capacity: count)
        let others = rough.candidates.map(\.document)
        let textDots = options.textWeight > 0 ? accumulator.dots(of: Int(document), with: others, in: textVectors)
                                              : others.map { _ in 0 }
        for (position, other) in others.enumerated() {
            let score = exactScore(document, other, textDot: textDots[position])
            if score > 0 { exact.offer(self.candidate(other, score: score)) }
        }
        return exact.candidates.map(\.document)
    }

    /// How many of its heaviest terms a document looks candidates up by: all of them on a
    /// site no larger than a posting list (where looking up costs little and the lightest
    /// terms may still decide among few pages), ``SimilarityOptions/termsPerQuery`` above.
    /// The number of documents never changes in ``updateTexts(_:ranked:)``, so neither does this.
    var queryTermLimit: Int {
        documentCount > options.postingsPerTerm ? options.termsPerQuery : .max
    }

    /// The entries of `document`'s text vector it looks candidates up by (its
    /// ``queryTermLimit`` heaviest, ties: the lower column), in column order.
    func textLookups(of document: Int32) -> [(column: Int32, value: Double)] {
        let row = textVectors.row(Int(document))
        guard row.count > queryTermLimit else { return row }
        return TextVectors.heaviest(row, limit: queryTermLimit).sorted { $0.column < $1.column }
    }

    /// How many candidates the rough stage keeps for a query of `count`.
    static func roughCapacity(_ count: Int) -> Int { 4 * count + 16 }

    /// The rough score ``neighbours(of:count:using:)`` gathers for `other` when it asks for
    /// `document`'s neighbours, computed alone (the same sums, in the same order, in `Float`):
    /// `text` may come from an earlier state of the posting lists.
    /// - Parameters:
    ///   - lookups: ``textLookups(of:)`` of `document`.
    ///   - text: `other`'s value in each text posting list that holds it, by column.
    ///   - tags: The same for the tag posting lists.
    func roughScore(of document: Int32, lookups: [(column: Int32, value: Double)], text: [Int32: Double],
                    tags: [Int32: Double]) -> Float {
        var score: Float = 0
        func add(_ entries: [(column: Int32, value: Double)], _ values: [Int32: Double], weight: Double) {
            guard weight > 0, !values.isEmpty else { return }
            for entry in entries {
                guard let value = values[entry.column] else { continue }
                let amount = Float(weight * entry.value * value)
                if amount > 0 { score += amount }
            }
        }
        add(lookups, text, weight: options.textWeight)
        add(tagVectors.row(Int(document)), tags, weight: options.tagWeight)
        return score
    }

    /// `document`'s value in each posting list that holds it, by column.
    static func postingValues(of document: Int32, vectors: SparseRows, postings: SparseRows) -> [Int32: Double] {
        var values: [Int32: Double] = [:]
        for entry in vectors.range(ofRow: Int(document)) {
            let column = vectors.columns[entry]
            for posting in postings.range(ofRow: Int(column)) where postings.columns[posting] == document {
                values[column] = postings.values[posting]
            }
        }
        return values
    }

    /// `tagWeight × tagCosine + textWeight × textCosine` of two documents (internal
    /// ids), rounded to nine decimal places so that rounding noise never reorders
    /// pages whose scores are mathematically equal; a weight of zero or less turns
    /// its signal off.
    func exactScore(_ document: Int32, _ other: Int32) -> Double {
        exactScore(document, other, textDot: options.textWeight > 0 ? textVectors.dot(Int(document), Int(other)) : 0)
    }

    /// ``exactScore(_:_:)`` with the text vectors' dot product given.
    func exactScore(_ document: Int32, _ other: Int32, textDot: Double) -> Double {
        var score = 0.0
        if options.textWeight > 0 { score += options.textWeight * textDot }
        if options.tagWeight > 0 { score += options.tagWeight * tagVectors.dot(Int(document), Int(other)) }
        return (score * 1e9).rounded() / 1e9
    }
}

private extension SimilarityIndex {
    /// Adds `weight × vector[document] · vector[other]` for every `other` in the
    /// posting lists of the document's `entries` (terms or tags, in column order).
    func accumulate(
        _ entries: [(column: Int32, value: Double)], through postings: SparseRows,
        weight: Double, into accumulator: inout ScoreAccumulator
    ) {
        guard weight > 0 else { return }
        postings.values.withUnsafeBufferPointer { values in
            postings.columns.withUnsafeBufferPointer { documents in
                for entry in entries {
                    let list = postings.range(ofRow: Int(entry.column))
                    accumulator.add(weight * entry.value, times: UnsafeBufferPointer(rebasing: values[list]),
                                    to: UnsafeBufferPointer(rebasing: documents[list]))
                }
            }
        }
    }

}

extension SimilarityIndex {
    func candidate(_ document: Int32, score: Double) -> Shortlist.Candidate {
        Shortlist.Candidate(document: document, score: score, tieRank: tieRank[Int(document)])
    }
}
