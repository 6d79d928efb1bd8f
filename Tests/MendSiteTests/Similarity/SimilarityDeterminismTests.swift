import MendSite
import Testing

@Suite("Similar posts: determinism")
struct SimilarityDeterminismTests {
    typealias Support = SimilarityTestSupport

    private let corpus = SyntheticCorpus(.init(documentCount: 400, wordsPerDocument: 20...80, topicCount: 12, seed: 7))

    @Test func sameResultsWhateverTheInputOrder() {
        var random = SplitMix64(seed: 99)
        var shuffled = corpus.documents
        shuffled.shuffle(using: &random)
        #expect(shuffled.map(\.key) != corpus.documents.map(\.key))
        #expect(Support.allSimilarKeys(shuffled) == Support.allSimilarKeys(corpus.documents))
    }

    @Test func sameScoresBitForBitWhateverTheInputOrder() {
        let reversed = Array(corpus.documents.reversed())
        let (index, reversedIndex) = (SimilarityIndex(corpus.documents), SimilarityIndex(reversed))
        let last = corpus.documents.count - 1
        for i in stride(from: 0, to: last, by: 7) {
            for j in stride(from: 1, to: last, by: 5) {
                #expect(index.score(i, j).bitPattern == reversedIndex.score(last - i, last - j).bitPattern)
            }
        }
    }

    @Test func repeatedBuildsGiveIdenticalResults() {
        let first = SimilarityIndex(corpus.documents).allSimilar(count: 5)
        let second = SimilarityIndex(corpus.documents).allSimilar(count: 5)
        #expect(first == second)
    }

    @Test func oneAtATimeMatchesAllAtOnce() {
        let index = SimilarityIndex(corpus.documents)
        let all = index.allSimilar(count: 3)
        for position in stride(from: 0, to: corpus.documents.count, by: 13) {
            #expect(index.similar(to: position, count: 3) == all[position])
        }
    }

    @Test func resultsDoNotDependOnCountBeyondTheirLength() {
        let index = SimilarityIndex(corpus.documents)
        let three = index.allSimilar(count: 3)
        let ten = index.allSimilar(count: 10)
        for (short, long) in zip(three, ten) {
            #expect(Array(long.prefix(short.count)) == short)
        }
    }
}
