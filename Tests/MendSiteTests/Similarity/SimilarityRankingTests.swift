import MendSite
import Testing

@Suite("Similar posts: ranking")
struct SimilarityRankingTests {
    typealias Support = SimilarityTestSupport

    /// Pages that share nothing with anything, so the pages under test stay a minority.
    private let fillers = (1...8).map { number in
        Support.document("filler\(number)", tags: ["filler\(number)"], "unrelatedword\(number) lonelyterm\(number)")
    }

    @Test func moreSharedTagsRankHigher() {
        let documents = fillers + [
            Support.document("a", tags: ["trust", "apology"]),
            Support.document("b", tags: ["apology", "trust"]),
            Support.document("c", tags: ["trust"]),
            Support.document("d", tags: ["cooking"]),
        ]
        Support.expectSimilar(to: "a", in: documents, equals: ["b", "c"])
    }

    @Test func rarerSharedTagsRankHigher() {
        let documents = fillers + [
            Support.document("a", tags: ["forgiveness", "communication"]),
            Support.document("b", tags: ["forgiveness"]),
            Support.document("c", tags: ["communication"]),
            Support.document("d", tags: ["communication"]),
        ]
        Support.expectSimilar(to: "a", in: documents, equals: ["b", "c", "d"])
    }

    @Test func sharedRareWordsRankAboveSharedCommonWords() {
        let common = "relationship partner"
        let documents = fillers.map { Support.document($0.key, tags: $0.tags, $0.text + " " + common) } + [
            Support.document("a", "\(common) reconciliation ritual"),
            Support.document("b", "reconciliation ritual weather"),
            Support.document("c", "\(common) weather forecast"),
        ]
        let similar = Support.similarKeys(to: "a", in: documents, count: 2)
        #expect(similar == ["b", "c"])
    }

    @Test func wordFormsMeetThroughTheStemmer() {
        let documents = fillers + [
            Support.document("a", "Trusting again after betrayal"),
            Support.document("b", "He trusted her; the betrayals ended"),
            Support.document("c", "Gardening tips"),
        ]
        Support.expectSimilar(to: "a", in: documents, equals: ["b"])
    }

    @Test func tagsCompareIgnoringCaseAndSurroundingSpace() {
        let documents = fillers + [
            Support.document("a", tags: ["Self-Care"]),
            Support.document("b", tags: ["  self-care "]),
        ]
        Support.expectSimilar(to: "a", in: documents, equals: ["b"])
    }

    @Test func aTagOnEveryPageDoesNotDominate() {
        let documents = (fillers + [
            Support.document("a", "healing conversation"),
            Support.document("b", "healing conversation"),
            Support.document("c", "garden"),
        ]).map { Support.document($0.key, tags: $0.tags + ["blog"], $0.text) }
        Support.expectSimilar(to: "a", in: documents, equals: ["b"])
        Support.expectSimilar(to: "c", in: documents, equals: [])
        let keepEveryTag = SimilarityOptions(tagCardinalityThreshold: 1)
        #expect(Support.similarKeys(to: "c", in: documents, count: 20, options: keepEveryTag).count == 10)
    }

    @Test func aTagOnMoreThanHalfOfThePagesIsIgnored() {
        func documents(tagged: Int) -> [SimilarityDocument] {
            (0..<10).map { Support.document("p\($0)", tags: $0 < tagged ? ["common"] : []) }
        }
        #expect(SimilarityIndex(documents(tagged: 5)).similar(to: 0, count: 10).count == 4)
        #expect(SimilarityIndex(documents(tagged: 6)).similar(to: 0, count: 10).isEmpty)
    }

    @Test func scoreIsSymmetricAndBounded() {
        let documents = fillers + [
            Support.document("a", tags: ["trust"], "rebuilding trust after heartache"),
            Support.document("b", tags: ["trust"], "rebuilding trust after heartache"),
            Support.document("c", tags: ["trust", "honesty"], "honest talks rebuild trust"),
        ]
        let index = SimilarityIndex(documents)
        let (a, b, c) = (8, 9, 10)
        #expect(index.score(a, c) == index.score(c, a))
        #expect(index.score(a, b) == 1)  // identical pages: both cosines are 1
        #expect(index.score(a, c) > 0 && index.score(a, c) < 1)
        #expect(index.score(a, a) == 0)
    }
}
