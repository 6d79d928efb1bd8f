@testable import MendSite
import Testing

@Suite("Similar posts: the order pages are ranked in")
struct SimilarityRankingOrderTests {
    private let corpus = SyntheticCorpus(.init(documentCount: 300, wordsPerDocument: 20...60, topicCount: 10, seed: 23))

    @Test func everyDocumentOnceGroupedByItsFirstTwoTags() {
        let index = SimilarityIndex(corpus.documents)
        let order = index.rankingOrder()
        #expect(order.sorted() == Array(0..<Int32(corpus.documents.count)))
        func firstTwoTags(_ document: Int32) -> [Int32] {
            index.tagVectors.range(ofRow: Int(document)).prefix(2).map { index.tagVectors.columns[$0] }
        }
        // Documents with tags come grouped by their first, then second tag; untagged ones last.
        let keys = order.map { document -> [Int32] in
            let tags = firstTwoTags(document)
            return tags.isEmpty ? [.max, .max] : tags.count == 1 ? [tags[0], .max] : tags
        }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { !$1.lexicographicallyPrecedes($0) })
        #expect(order != Array(0..<Int32(corpus.documents.count)))  // the corpus's tags do reorder it
    }

    /// Ranking in that order gives every page the list it gets when asked alone.
    @Test func rankingAllAtOnceMatchesEachPageAlone() {
        let index = SimilarityIndex(corpus.documents)
        let all = index.allSimilar(count: 4)
        let ranked = index.rankAll(count: 4)
        for position in corpus.documents.indices {
            let alone = index.similar(to: position, count: 4)
            #expect(all[position] == alone)
            #expect(ranked.lists[position] == alone)
        }
    }
}
