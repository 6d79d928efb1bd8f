import MendSite
import Testing

/// Properties over 2,000 made-up pages: a correctness check at a size where the
/// posting lists get cut, not a timing test.
@Suite("Similar posts: 2,000 pages")
struct SimilarityLargeCorpusTests {
    private static let corpus = SyntheticCorpus()
    private static let index = SimilarityIndex(corpus.documents)
    private static let results = index.allSimilar(count: 3)
    private var documents: [SimilarityDocument] { Self.corpus.documents }

    @Test func everyListFollowsTheRules() {
        #expect(Self.results.count == documents.count)
        for (position, similar) in Self.results.enumerated() {
            #expect(similar.count <= 3)
            #expect(!similar.contains(position))
            #expect(similar.allSatisfy { documents[$0].isCandidate })
            let ranked = similar.sorted { precedes($0, $1, for: position) }
            #expect(similar == ranked)
            #expect(similar.allSatisfy { Self.index.score(position, $0) > 0 })
        }
    }

    @Test func almostEveryPageGetsAFullList() {
        let full = Self.results.filter { $0.count == 3 }.count
        #expect(full >= documents.count * 99 / 100)
    }

    @Test func suggestionsMostlyShareThePagesTopic() {
        let pairs = Self.results.enumerated().flatMap { position, similar in similar.map { (position, $0) } }
        let sameTopic = pairs.filter { Self.corpus.topics[$0.0] == Self.corpus.topics[$0.1] }.count
        #expect(Double(sameTopic) >= 0.9 * Double(pairs.count))
    }

    @Test func exhaustiveSearchMatchesBruteForce() {
        let exhaustive = SimilarityIndex(documents, options: SimilarityOptions(postingsPerTerm: 1_000_000))
        for position in stride(from: 0, to: documents.count, by: 97) {
            let bruteForce = documents.indices
                .filter { $0 != position && documents[$0].isCandidate && exhaustive.score(position, $0) > 0 }
                .sorted { precedes($0, $1, for: position, in: exhaustive) }
            #expect(exhaustive.similar(to: position, count: 3) == Array(bruteForce.prefix(3)))
        }
    }

    @Test func boundedPostingListsFindNearlyTheSameBestMatch() {
        let exhaustive = SimilarityIndex(documents, options: SimilarityOptions(postingsPerTerm: 1_000_000))
        let same = (0..<documents.count).filter { exhaustive.similar(to: $0, count: 1) == Array(Self.results[$0].prefix(1)) }
        #expect(Double(same.count) >= 0.9 * Double(documents.count))
    }

    /// The documented order: higher score, then newer date (none last), then key.
    private func precedes(_ lhs: Int, _ rhs: Int, for position: Int, in index: SimilarityIndex = Self.index) -> Bool {
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
