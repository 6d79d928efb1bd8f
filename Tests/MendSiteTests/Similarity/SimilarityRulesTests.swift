import MendSite
import Testing

@Suite("Similar posts: who may be suggested")
struct SimilarityRulesTests {
    typealias Support = SimilarityTestSupport

    @Test func neverSuggestsThePageItself() {
        let documents = (1...4).map { Support.document("p\($0)", tags: ["trust"], "the same text everywhere") }
        for (index, similar) in SimilarityIndex(documents).allSimilar(count: 10).enumerated() {
            #expect(!similar.contains(index))
            #expect(similar.count == 3)
        }
    }

    @Test func neverSuggestsNonCandidatesButGivesThemSuggestions() {
        let documents = [
            Support.document("draft", tags: ["trust"], "rebuilding trust", candidate: false),
            Support.document("published", tags: ["trust"], "rebuilding trust"),
            Support.document("other", tags: ["trust"], "rebuilding trust slowly"),
            Support.document("unrelated", "gardening"),
        ]
        let all = Support.allSimilarKeys(documents, count: 5)
        #expect(all["draft"] == ["published", "other"])
        #expect(all["published"] == ["other"])
        #expect(all["other"] == ["published"])
    }

    @Test func returnsFewerWhenFewPagesAreSimilar() {
        let documents = [
            Support.document("a", "forgiveness letter"),
            Support.document("b", "forgiveness"),
            Support.document("c", "astronomy"),
            Support.document("d", "cooking"),
        ]
        Support.expectSimilar(to: "a", in: documents, count: 3, equals: ["b"])
        Support.expectSimilar(to: "c", in: documents, count: 3, equals: [])
    }

    @Test func emptyCorpus() {
        let index = SimilarityIndex([])
        #expect(index.documentCount == 0)
        #expect(index.allSimilar(count: 3).isEmpty)
    }

    @Test func singleDocument() {
        let index = SimilarityIndex([Support.document("only", tags: ["x"], "lonely page")])
        #expect(index.allSimilar(count: 3) == [[]])
        #expect(index.similar(to: 0, count: 3).isEmpty)
    }

    @Test func documentsWithoutTextOrTagsGetAndGiveNothing() {
        let documents = [
            Support.document("empty"),
            Support.document("stopwords", "and the of it is"),
            Support.document("a", "healing"),
            Support.document("b", "healing"),
        ]
        #expect(Support.allSimilarKeys(documents) == ["empty": [], "stopwords": [], "a": ["b"], "b": ["a"]])
    }

    @Test func countZeroGivesNothing() {
        let documents = [Support.document("a", "healing"), Support.document("b", "healing")]
        #expect(SimilarityIndex(documents).allSimilar(count: 0) == [[], []])
    }

    @Test func countLimitsTheList() {
        let documents = (0..<6).map { Support.document("p\($0)", "shared words here") }
        #expect(SimilarityIndex(documents).similar(to: 0, count: 2).count == 2)
    }
}
