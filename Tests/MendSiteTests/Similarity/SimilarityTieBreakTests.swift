import MendSite
import Testing

@Suite("Similar posts: order among equal scores")
struct SimilarityTieBreakTests {
    typealias Support = SimilarityTestSupport

    @Test func equalScoresNewerDateFirstThenDatelessThenKey() {
        let text = "rebuilding trust after heartache"
        let documents = [
            Support.document("/a/", text, date: "2024-01-01"),
            Support.document("/z-undated/", text),
            Support.document("/old/", text, date: "2023-01-01"),
            Support.document("/m-new/", text, date: "2024-05-01"),
            Support.document("/b-new/", text, date: "2024-05-01"),
            Support.document("/c-undated/", text),
        ]
        Support.expectSimilar(
            to: "/a/", in: documents, count: 10,
            equals: ["/b-new/", "/m-new/", "/old/", "/c-undated/", "/z-undated/"])
    }

    @Test func higherScoreBeatsNewerDate() {
        let documents = [
            Support.document("a", tags: ["trust", "apology"], date: "2020-01-01"),
            Support.document("older", tags: ["trust", "apology"], date: "2001-01-01"),
            Support.document("newer", tags: ["trust"], date: "2024-01-01"),
        ] + ["v", "w", "x", "y"].map { Support.document($0, tags: [$0]) }
        Support.expectSimilar(to: "a", in: documents, equals: ["older", "newer"])
    }

    @Test func tieOrderIsTheSameForEveryPage() {
        let documents = ["d", "c", "b", "a"].map { Support.document($0, tags: ["t", "u"], "identical words") }
            + ["astronomy", "cooking", "sailing"].map { Support.document($0, $0) }
        let all = Support.allSimilarKeys(documents, count: 3)
        #expect(all["a"] == ["b", "c", "d"])
        #expect(all["c"] == ["a", "b", "d"])
        #expect(all["d"] == ["a", "b", "c"])
    }
}
