@testable import MendSite
import Testing

@Suite("Similar posts: the shortlist")
struct ShortlistTests {
    @Test func keepsTheBestOffersInOrderWhateverTheOrderOfOffers() {
        var random = SplitMix64(seed: 53)
        for _ in 0..<2_000 {
            let capacity = random.below(12)
            // Few distinct scores, so ties fall to the rank; ranks distinct, as in the index.
            let ranks = (0..<Int32(random.below(40))).shuffled(using: &random)
            let offers = ranks.map { Shortlist.Candidate(document: $0 + 100, score: Double(random.below(5)), tieRank: $0) }
            var shortlist = Shortlist(capacity: capacity)
            for offer in offers { shortlist.offer(offer) }
            let expected = Array(offers.sorted { $0.precedes($1) }.prefix(capacity))
            #expect(shortlist.candidates == expected, "capacity \(capacity), offers \(offers)")
            #expect(shortlist.cutoff == (offers.count >= capacity && capacity > 0 ? expected.last : nil))
        }
    }
}
