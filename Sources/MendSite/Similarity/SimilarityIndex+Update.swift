extension SimilarityIndex {
    /// Gives some documents new texts (same keys, tags, dates and candidacy) and changes
    /// the index into the one a clean build of the new texts makes: the changed documents'
    /// term counts, the document frequencies and weights of the terms that came or went,
    /// the vectors those weights change (a left-out term enters only if it passes the
    /// document's lightest kept term), and the posting lists of every term those vectors
    /// had or have.
    /// - Parameter texts: Indexes into the documents the index was built from, with new texts.
    /// - Returns: Every document whose similar documents may have changed (input indexes,
    ///   ascending): those whose vector changed and those sharing a term with one of them.
    ///   Every other document's similar documents are the same as before, with any count.
    mutating func updateTexts(_ texts: [(index: Int, text: String)]) -> [Int] {
        guard !texts.isEmpty else { return [] }
        var state = takeTermsState()
        let counted = texts.map { (document: documentID[$0.index], counts: Self.termCounts(of: $0.text)) }
        let unknown = Set(counted.flatMap { $0.counts.keys }).filter { state.termID[$0] == nil }.sorted()
        if !unknown.isEmpty { state.insert(terms: unknown) }
        var recompute = Set<Int>()
        var changedTerms = Set<Int32>()
        for (document, counts) in counted {
            let new = counts.map { (term: state.termID[$0.key]!, count: $0.value) }.sorted { $0.term < $1.term }
            changedTerms.formUnion(state.replaceCounts(of: document, with: new))
            recompute.insert(document)
        }
        for term in changedTerms.sorted() {
            let risen = state.updateIDF(of: term)
            for document in state.documentsWithTerm[Int(term)] where !recompute.contains(Int(document)) {
                if state.mayChangeVector(of: Int(document), term: term, weightRose: risen) { recompute.insert(Int(document)) }
            }
        }
        var changedRows: [Int32] = []
        var touched = Set<Int32>()
        for document in recompute.sorted() {
            let old = state.rows[document]
            guard state.revectorize(document, limit: options.termsPerDocument) else { continue }
            changedRows.append(Int32(document))
            touched.formUnion(old.map(\.column))
            touched.formUnion(state.rows[document].map(\.column))
        }
        for column in touched { state.repost(column, limit: options.postingsPerTerm, tieRank: tieRank) }
        if !changedRows.isEmpty || !unknown.isEmpty {
            textVectors = SparseRows(rows: state.rows)
            textPostings = SparseRows(rows: state.postings)
        }
        var suspects = Set(changedRows)
        for column in touched { suspects.formUnion(state.columnMembers[Int(column)]) }
        textTerms = .state(state)
        return suspects.map { inputIndex[Int($0)] }.sorted()
    }

    /// ``similar(to:count:)`` for some documents, in parallel, reusing scratch space.
    func similar(toEach indexes: [Int], count: Int) -> [[Int]] {
        let pieces = ParallelWork.ranges(count: indexes.count, grain: 16)
        let parts = work.map(pieces.count) { piece in
            var accumulator = ScoreAccumulator(documentCount: documentCount)
            return pieces[piece].map { item in
                neighbours(of: Int32(documentID[indexes[item]]), count: count, using: &accumulator).map { inputIndex[Int($0)] }
            }
        }
        return Array(parts.joined())
    }
}

private extension SimilarityIndex {
    mutating func takeTermsState() -> TextTermsState {
        switch textTerms {
        case .state(let state): return state
        case .built(let built, let isCandidate):
            return TextTermsState(built, vectors: textVectors, postings: textPostings, isCandidate: isCandidate)
        }
    }

    /// How often each term occurs in `text`.
    static func termCounts(of text: String) -> [String: Int32] {
        var counts: [String: Int32] = [:]
        for term in TextTokenizer.terms(in: text) { counts[term, default: 0] += 1 }
        return counts
    }
}
