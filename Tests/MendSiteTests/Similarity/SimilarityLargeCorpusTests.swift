@testable import MendSite
import Testing

/// Properties over 2,000 made-up pages: a correctness check at a size where the
/// posting lists get cut (a small `postingsPerTerm` makes sure they do), not a
/// timing test.
@Suite("Similar posts: 2,000 pages")
struct SimilarityLargeCorpusTests {
    private static let corpus = SyntheticCorpus(.init(documentCount: 2_000, wordsPerDocument: 60...180))
    /// Posting lists cut hard, so that the shortlist-then-rescore path is exercised.
    private static let cut = SimilarityIndex(corpus.documents, options: SimilarityOptions(postingsPerTerm: 8, postingsPerTag: 8))
    private static let cutResults = cut.allSimilar(count: 3)
    private static let exhaustive = SimilarityIndex(corpus.documents,
                                                    options: SimilarityOptions(postingsPerTerm: 1_000_000, termsPerQuery: 1_000,
                                                                               postingsPerTag: 1_000_000))
    private static let exhaustiveResults = exhaustive.allSimilar(count: 3)
    private var documents: [SimilarityDocument] { Self.corpus.documents }

    @Test(arguments: [false, true])
    func everyListFollowsTheRules(cutLists: Bool) {
        let (index, results) = cutLists ? (Self.cut, Self.cutResults) : (Self.exhaustive, Self.exhaustiveResults)
        #expect(results.count == documents.count)
        for (position, similar) in results.enumerated() {
            #expect(similar.count <= 3)
            #expect(!similar.contains(position))
            #expect(similar.allSatisfy { documents[$0].isCandidate })
            #expect(similar == similar.sorted { precedes($0, $1, for: position, in: index) })
            #expect(similar.allSatisfy { index.score(position, $0) > 0 })
        }
    }

    @Test func almostEveryPageGetsAFullList() {
        #expect(Self.cutResults.filter { $0.count == 3 }.count >= documents.count * 99 / 100)
    }

    @Test func suggestionsMostlyShareThePagesTopic() {
        let pairs = Self.exhaustiveResults.enumerated().flatMap { position, similar in similar.map { (position, $0) } }
        let sameTopic = pairs.filter { Self.corpus.topics[$0.0] == Self.corpus.topics[$0.1] }.count
        #expect(Double(sameTopic) >= 0.85 * Double(pairs.count))
    }

    @Test func exhaustiveSearchMatchesBruteForce() {
        for position in stride(from: 0, to: documents.count, by: 97) {
            let bruteForce = documents.indices
                .filter { $0 != position && documents[$0].isCandidate && Self.exhaustive.score(position, $0) > 0 }
                .sorted { precedes($0, $1, for: position, in: Self.exhaustive) }
            #expect(Self.exhaustiveResults[position] == Array(bruteForce.prefix(3)))
        }
    }

    @Test func cutPostingListsStillFindSimilarPages() {
        var ratio = 0.0
        for (position, (found, best)) in zip(Self.cutResults, Self.exhaustiveResults).enumerated() {
            let bestScore = best.reduce(0.0) { $0 + Self.exhaustive.score(position, $1) }
            let foundScore = found.reduce(0.0) { $0 + Self.exhaustive.score(position, $1) }
            ratio += bestScore > 0 ? foundScore / bestScore : 1
        }
        #expect(ratio / Double(documents.count) >= 0.9)
    }

    /// Candidates looked up by each page's 8 heaviest terms of 32 (the default; 2,000 pages
    /// are more than 1,024), with lists that are seldom cut: what the lightest terms alone
    /// would have found seldom matters.
    @Test func theHeaviestTermsFindAlmostEveryBestPage() {
        let index = SimilarityIndex(documents, options: SimilarityOptions(postingsPerTerm: 1_024))
        #expect(index.queryTermLimit == 8)
        let found = index.allSimilar(count: 3)
        var ratio = 0.0, same = 0
        for (position, (list, best)) in zip(found, Self.exhaustiveResults).enumerated() {
            let bestScore = best.reduce(0.0) { $0 + Self.exhaustive.score(position, $1) }
            let foundScore = list.reduce(0.0) { $0 + Self.exhaustive.score(position, $1) }
            ratio += bestScore > 0 ? foundScore / bestScore : 1
            if list == best { same += 1 }
        }
        print("heaviest terms: score ratio \(ratio / Double(documents.count)), same lists \(same) of \(documents.count)")
        #expect(ratio / Double(documents.count) >= 0.99)
    }

    /// The documented order: higher score, then newer date (none last), then key.
    private func precedes(_ lhs: Int, _ rhs: Int, for position: Int, in index: SimilarityIndex) -> Bool {
        let (left, right) = (index.score(position, lhs), index.score(position, rhs))
        if left != right { return left > right }
        switch (documents[lhs].date, documents[rhs].date) {
        case let (l?, r?) where l != r: return l > r
        case (.some, nil): return true
        case (nil, .some): return false
        default: return documents[lhs].key < documents[rhs].key
        }
    }
}
