/// Why one page scores what it does for another: `mend similar` shows it.
public struct SimilarityExplanation: Sendable, Equatable {
    /// The score the ranking uses (``SimilarityIndex/exactScore(_:_:)``).
    public let score: Double
    /// Its parts: `textWeight × textCosine` and `tagWeight × tagCosine`.
    public let textPart: Double
    public let tagPart: Double
    /// The shared terms (stems, as the index keeps them) that weigh most, with what each adds
    /// to the text part, heaviest first.
    public let sharedTerms: [(term: String, weight: Double)]

    public static func == (lhs: SimilarityExplanation, rhs: SimilarityExplanation) -> Bool {
        (lhs.score, lhs.textPart, lhs.tagPart) == (rhs.score, rhs.textPart, rhs.tagPart)
            && lhs.sharedTerms.map(\.term) == rhs.sharedTerms.map(\.term) && lhs.sharedTerms.map(\.weight) == rhs.sharedTerms.map(\.weight)
    }
}

extension SimilarityIndex {
    /// The score of `other` for `document` (indexes into the documents the index was built
    /// from), in parts, with the `terms` heaviest shared terms.
    func explain(_ document: Int, _ other: Int, terms: Int = 5) -> SimilarityExplanation {
        let (a, b) = (documentID[document], documentID[other])
        let textPart = options.textWeight > 0 ? options.textWeight * textVectors.dot(a, b) : 0
        let tagPart = options.tagWeight > 0 ? options.tagWeight * tagVectors.dot(a, b) : 0
        let names: [String]
        switch textTerms {
        case .built(let built, _): names = built.terms
        case .state(let state): names = state.terms
        case .taken: names = []
        }
        var shared: [(term: String, weight: Double)] = []
        let left = textVectors.row(a), right = Dictionary(textVectors.row(b).map { ($0.column, $0.value) }, uniquingKeysWith: +)
        for entry in left {
            guard let value = right[entry.column], Int(entry.column) < names.count else { continue }
            shared.append((names[Int(entry.column)], options.textWeight * entry.value * value))
        }
        shared.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
        return SimilarityExplanation(score: exactScore(Int32(a), Int32(b)), textPart: textPart, tagPart: tagPart,
                                     sharedTerms: Array(shared.prefix(terms)))
    }
}
