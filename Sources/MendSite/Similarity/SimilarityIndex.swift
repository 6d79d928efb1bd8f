/// The "Similar posts" engine: built once from all pages, then asked for each
/// page's most similar other pages.
///
/// ```swift
/// let index = SimilarityIndex(documents)
/// let similar = index.allSimilar(count: 3)  // similar[i]: indices into documents
/// ```
///
/// A page's score for another is `tagWeight × tagCosine + textWeight × textCosine`
/// (see ``SimilarityOptions``). Results hold only other pages that are candidates
/// and score above zero, so a page may get fewer than `count` (or none). They are
/// ordered by score (compared at nine decimal places), then newer date (pages
/// without a date last), then key ascending, and they do not depend on the order
/// of the input documents or on the number of cores.
///
/// Candidates are *found* through the posting lists of each page's heaviest terms
/// (``SimilarityOptions/termsPerQuery``) and of its tags, each list bounded on large
/// sites (so the work per page stays bounded), then scored exactly on every term.
public struct SimilarityIndex: Sendable {
    let options: SimilarityOptions
    /// How many pieces of its work run at once.
    let work: ParallelWork
    /// The position in the input of each internal document id (``internalOrder(keys:tags:)``).
    let inputIndex: [Int]
    /// `documentID[inputIndex]`, the inverse of `inputIndex`.
    let documentID: [Int]
    /// Among equal scores a lower value ranks first: order by newer date, then key, then input position.
    let tieRank: [Int32]
    var textVectors: SparseRows
    var textPostings: SparseRows
    let tagVectors: SparseRows
    let tagPostings: SparseRows
    /// What ``updateTexts(_:ranked:)`` starts from: the clean build's term counts, and once an
    /// update has run, the state it keeps.
    var textTerms: TextTerms
}

public extension SimilarityIndex {
    /// Builds the index of `documents`, using all cores.
    /// - Parameters:
    ///   - documents: Every page, drafts included (they still receive suggestions).
    ///   - options: Weights and index sizes; the defaults suit most sites.
    init(_ documents: [SimilarityDocument], options: SimilarityOptions = SimilarityOptions()) {
        self.init(documents, options: options, work: .allCores)
    }

    /// The number of documents indexed.
    var documentCount: Int { inputIndex.count }

    /// The pages most similar to one page, best first.
    /// - Parameters:
    ///   - index: The page's index in the documents the index was built from.
    ///   - count: The most pages to return (the site's similar-posts count).
    /// - Returns: Indices into the documents: never `index` itself, never a
    ///   non-candidate, only pages scoring above zero, so possibly fewer than `count`.
    ///
    /// Each call sets up scratch space for all pages; for every page at once use
    /// ``allSimilar(count:)``, which reuses it.
    func similar(to index: Int, count: Int) -> [Int] {
        var accumulator = ScoreAccumulator(documentCount: documentCount)
        return neighbours(of: Int32(documentID[index]), count: count, using: &accumulator).map { inputIndex[Int($0)] }
    }

    /// ``similar(to:count:)`` for every page at once, computed in parallel.
    /// - Parameter count: The most pages to return per page.
    /// - Returns: `result[i]` holds the pages most similar to `documents[i]`.
    func allSimilar(count: Int) -> [[Int]] {
        rankAll(count: count).lists
    }

    /// The similarity score of two pages, as used for ranking: symmetric, 0 when
    /// they share nothing (or are the same page), at most `tagWeight + textWeight`.
    /// - Parameters:
    ///   - index: One page's index in the documents.
    ///   - other: The other page's index.
    func score(_ index: Int, _ other: Int) -> Double {
        guard index != other else { return 0 }
        return exactScore(Int32(documentID[index]), Int32(documentID[other]))
    }
}

private extension SimilarityIndex {
    /// Rank of each document (by internal id) among equal scores: newer date first,
    /// dateless last, then key, then input position.
    static func tieRanks(dates: [String?], keys: [String], positions: [Int]) -> [Int32] {
        let order = dates.indices.sorted { lhs, rhs in
            switch (dates[lhs], dates[rhs]) {
            case let (l?, r?) where l != r: return l > r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (keys[lhs], positions[lhs]) < (keys[rhs], positions[rhs])
            }
        }
        var rank = [Int32](repeating: 0, count: dates.count)
        for (position, id) in order.enumerated() { rank[id] = Int32(position) }
        return rank
    }
}

extension SimilarityIndex {
    /// ``init(_:options:)`` with at most `work.jobs` pieces of work at once; without what
    /// ``updateTexts(_:ranked:)`` starts from when `forUpdates` is false (a single build, whose
    /// index answers once: the documents' term counts are most of an index's memory).
    init(_ documents: [SimilarityDocument], options: SimilarityOptions, work: ParallelWork, forUpdates: Bool = true) {
        self.options = options
        self.work = work
        let tags = TagVectors.build(tagLists: documents.map(\.tags), cardinalityThreshold: options.tagCardinalityThreshold)
        let keys = documents.map(\.key)
        inputIndex = Self.internalOrder(keys: keys, tags: tags.vectors)
        var documentID = [Int](repeating: 0, count: documents.count)
        for (id, index) in inputIndex.enumerated() { documentID[index] = id }
        self.documentID = documentID
        let sorted = inputIndex.map { documents[$0] }
        tieRank = Self.tieRanks(dates: sorted.map(\.date), keys: sorted.map(\.key), positions: inputIndex)
        let isCandidate = sorted.map(\.isCandidate)
        let pieces = ParallelWork.ranges(count: sorted.count, grain: 256)
        let runs = work.map(pieces.count) { WordCounts(documents: sorted[pieces[$0]].lazy.map(\.textParts)) }
        let text = TextVectors.build(runs: runs, termsPerDocument: options.termsPerDocument, keepingCounts: forUpdates, work: work)
        textVectors = text.vectors
        textPostings = text.vectors.postings(columnCount: text.termCount, limit: options.postingsPerTerm, tieRank: tieRank, work: work) {
            isCandidate[$0]
        }
        textTerms = .built(text, isCandidate: isCandidate)
        tagVectors = SparseRows(rows: inputIndex.map { tags.vectors.row($0) })
        tagPostings = tagVectors.postings(columnCount: tags.tagCount, limit: options.postingsPerTag, tieRank: tieRank, work: work) {
            isCandidate[$0]
        }
    }
}
