extension SimilarityIndex {
    /// Every document's `count` most similar documents, with their floors (for
    /// ``updateTexts(_:ranked:)``), computed in parallel.
    func rankAll(count: Int) -> RankedLists {
        var ranked = RankedLists(count: count, lists: Array(repeating: [], count: documentCount),
                                 floors: Array(repeating: nil, count: documentCount))
        // In id order: pages asked one after another share tags (``internalOrder(keys:tags:)``).
        for (id, (list, floor)) in rank(ids: Array(0..<Int32(documentCount)), count: count).enumerated() {
            ranked.lists[inputIndex[id]] = list
            ranked.floors[inputIndex[id]] = floor
        }
        return ranked
    }

    /// Gives some documents new texts (same keys, tags, dates and candidacy) and changes
    /// the index into the one a clean build of the new texts makes: the changed documents'
    /// term counts, the document frequencies and weights of the terms that came or went,
    /// the vectors those change (a left-out term enters only if it passes the document's
    /// lightest kept term), and the posting lists of every term those vectors had or have.
    /// Then ranks again, in `ranked`, only the documents whose lists can change: those whose
    /// vector changed, those that read a posting list whose other members changed, and
    /// those with a changed document on their rough shortlist before or after.
    /// - Parameter texts: Indexes into the documents the index was built from, with new texts.
    /// - Returns: The documents ranked again, and every document that shares a term with a
    ///   changed vector (a query with another count may change only among these); input
    ///   indexes, ascending.
    @discardableResult
    mutating func updateTexts(_ texts: [(index: Int, text: String)], ranked: inout RankedLists) -> (ranked: [Int], reached: [Int]) {
        guard !texts.isEmpty else { return ([], []) }
        var state = takeTermsState()
        let counted = texts.map { (document: documentID[$0.index], counts: Self.termCounts(of: $0.text)) }
        let unknown = Set(counted.flatMap { $0.counts.keys }).filter { state.termID($0) == nil }.sorted()
        // New terms renumber the terms after them (the matrices follow below).
        let moved = unknown.isEmpty ? nil : state.insert(terms: unknown)
        var recompute = Set<Int>()
        var changedTerms = Set<Int32>()
        for (document, counts) in counted {
            let new = counts.map { (term: state.termID($0.key)!, count: $0.value) }.sorted { $0.term < $1.term }
            changedTerms.formUnion(state.replaceCounts(of: document, with: new))
            recompute.insert(document)
        }
        for term in changedTerms.sorted() {
            guard let risen = state.updateIDF(of: term) else { continue }
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
        let changed = Set(changedRows)
        // The changed documents' places in the posting lists before the update, by new term id.
        let before = changedRows.map { document -> [Int32: Double] in
            let values = Self.postingValues(of: document, vectors: textVectors, postings: textPostings)
            guard let moved else { return values }
            return Dictionary(uniqueKeysWithValues: values.map { (moved[Int($0.key)], $0.value) })
        }
        if let moved {
            textVectors.renumberColumns(moved)
            textPostings.spreadRows(moved, rowCount: state.terms.count)
        }
        var rerank = changed
        for column in touched {
            let previous = state.postings[Int(column)]
            state.repost(column, limit: options.postingsPerTerm, tieRank: tieRank)
            // A list whose other members changed (one was pushed out of a cut list, or let
            // in) changes what every document with the term finds.
            let others = { (list: [TextTermsState.Entry]) in list.lazy.map(\.column).filter { !changed.contains($0) } }
            if !others(previous).elementsEqual(others(state.postings[Int(column)])) {
                rerank.formUnion(state.columnMembers[Int(column)])
            }
        }
        textVectors.replaceRows(changedRows.map(Int.init), from: state.rows)
        textPostings.replaceRows(touched.sorted().map(Int.init), from: state.postings)
        var reached = changed
        for column in touched { reached.formUnion(state.columnMembers[Int(column)]) }
        textTerms = .state(state)
        rerank.formUnion(shortlistsReached(by: changedRows, before: before, among: reached.subtracting(rerank), ranked: ranked))
        let ids = rerank.sorted()
        for (id, (list, floor)) in zip(ids, rank(ids: ids, count: ranked.count)) {
            ranked.lists[inputIndex[Int(id)]] = list
            ranked.floors[inputIndex[Int(id)]] = floor
        }
        return (ids.map { inputIndex[Int($0)] }.sorted(), reached.map { inputIndex[Int($0)] }.sorted())
    }

    /// Unpacks what a clean build kept into the state updates change in place, which the
    /// first ``updateTexts(_:ranked:)`` would otherwise do (a tenth of a second at 10,000
    /// pages): for a caller with time to spare before the first edit.
    mutating func prepareForUpdates() {
        guard case .built = textTerms else { return }
        textTerms = .state(takeTermsState())
    }

    /// ``similar(to:count:)`` for some documents, each with its own count, in parallel,
    /// reusing scratch space.
    /// - Parameter queries: Indexes into the documents the index was built from, with the
    ///   most pages to return for each.
    /// - Returns: `result[i]` answers `queries[i]`.
    func similar(toEach queries: [(index: Int, count: Int)]) -> [[Int]] {
        let ids = queries.map { Int32(documentID[$0.index]) }
        // Asked in id order, as ``rankAll(count:)`` asks, for what neighbours share.
        let order = ids.indices.sorted { ids[$0] < ids[$1] }
        var result = [[Int]](repeating: [], count: queries.count)
        for (item, answer) in zip(order, rank(order.map { (id: ids[$0], count: queries[$0].count) })) {
            result[item] = answer.list
        }
        return result
    }
}

private extension SimilarityIndex {
    /// The neighbours (input indexes) and floor of each document (internal ids), in parallel.
    func rank(ids: [Int32], count: Int) -> [(list: [Int], floor: Shortlist.Candidate?)] {
        rank(ids.map { (id: $0, count: count) })
    }

    /// ``rank(ids:count:)`` with a count per document.
    func rank(_ queries: [(id: Int32, count: Int)]) -> [(list: [Int], floor: Shortlist.Candidate?)] {
        let pieces = ParallelWork.ranges(count: queries.count, grain: 16)
        let parts = work.map(pieces.count) { piece in
            var accumulator = ScoreAccumulator(documentCount: documentCount)
            return pieces[piece].map { item -> (list: [Int], floor: Shortlist.Candidate?) in
                var floor: Shortlist.Candidate?
                let list = neighbours(of: queries[item].id, count: queries[item].count, using: &accumulator, floor: &floor)
                return (list.map { inputIndex[Int($0)] }, floor)
            }
        }
        return Array(parts.joined())
    }

    /// Among `documents` (internal ids, none of them changed), those whose rough shortlist
    /// held a changed document before the update or holds one after: only their lists can
    /// change, since every other document they find scores as before. Their own vectors did
    /// not change (their terms were at most renumbered, in order), so both rough scores are
    /// summed over their vectors as they are now.
    /// - Parameter before: Each changed document's posting values before the update.
    func shortlistsReached(by changed: [Int32], before: [[Int32: Double]], among documents: Set<Int32>,
                           ranked: RankedLists) -> Set<Int32> {
        guard !changed.isEmpty, !documents.isEmpty else { return [] }
        let after = changed.map { Self.postingValues(of: $0, vectors: textVectors, postings: textPostings) }
        let tags = changed.map { Self.postingValues(of: $0, vectors: tagVectors, postings: tagPostings) }
        let candidates = documents.sorted()
        let pieces = ParallelWork.ranges(count: candidates.count, grain: 256)
        let parts = work.map(pieces.count) { piece in
            pieces[piece].filter { item in
                let document = candidates[item]
                let floor = ranked.floors[inputIndex[Int(document)]]
                let lookups = textLookups(of: document)
                return changed.indices.contains { position in
                    let other = changed[position]
                    let was = roughScore(of: document, lookups: lookups, text: before[position], tags: tags[position])
                    let now = roughScore(of: document, lookups: lookups, text: after[position], tags: tags[position])
                    guard let floor else { return was > 0 || now > 0 }
                    // Tie ranks differ, so a candidate either precedes the floor, is it, or follows it.
                    let wasIn = was > 0 && !floor.precedes(candidate(other, score: Double(was)))
                    return wasIn || (now > 0 && candidate(other, score: Double(now)).precedes(floor))
                }
            }.map { candidates[$0] }
        }
        return Set(parts.joined())
    }

    mutating func takeTermsState() -> TextTermsState {
        switch textTerms {
        case .state(let state):
            textTerms = .taken
            return state
        case .built(let built, let isCandidate):
            return TextTermsState(built, vectors: textVectors, postings: textPostings, isCandidate: isCandidate)
        case .taken:
            preconditionFailure("the text terms are held by an update")
        }
    }

    /// How often each term occurs in `text`.
    static func termCounts(of text: String) -> [String: Int32] {
        var counts: [String: Int32] = [:]
        for term in TextTokenizer.terms(in: text) { counts[term, default: 0] += 1 }
        return counts
    }
}
