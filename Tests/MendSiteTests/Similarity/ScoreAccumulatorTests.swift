import Testing
@testable import MendSite

/// The rough scores of a query: every document added to is drained once, with its sum bit for
/// bit (the amounts in the order added, in `Float`), however often it was listed, and only
/// while it beats the bar the caller keeps raising (ties: the lower tie rank); nothing is left
/// behind (a score not reset would show in the next query's sums).
@Suite("Score accumulator")
struct ScoreAccumulatorTests {
    @Test func drainGivesEachSumOnceWhileItBeatsTheRisingBar() {
        var random = SplitMix64(seed: 7)
        let documentCount = 500
        var accumulator = ScoreAccumulator(documentCount: documentCount)
        let tieRanks = (0..<Int32(documentCount)).shuffled(using: &random)
        for query in 0..<40 {
            var expected: [Int32: Float] = [:]
            var firstTouch: [Int32] = []
            for _ in 0..<(1 + random.below(12)) {
                let length = random.below(query.isMultiple(of: 5) ? 2_000 : 300)
                let documents = (0..<length).map { _ in Int32(random.below(documentCount)) }
                // Some amounts are zero or negative: they never count.
                let values = (0..<length).map { _ in
                    random.below(8) == 0 ? -random.unit() : Double(1 + random.below(4)) / 4
                }
                let scaled = [0.5, 1, 2][random.below(3)]
                for (document, value) in zip(documents, values) {
                    let amount = max(Float(scaled * value), 0)
                    if expected[document] == nil { firstTouch.append(document) }
                    expected[document, default: 0] += amount
                }
                values.withUnsafeBufferPointer { values in
                    documents.withUnsafeBufferPointer { accumulator.add(scaled, times: values, to: $0) }
                }
            }
            // The caller keeps the 5 best (higher score, then lower tie rank) and asks for better
            // than the fifth; scores are coarse (`Float` sums of few amounts tie often).
            func better(_ lhs: (Int32, Float), _ rhs: (Int32, Float)) -> Bool {
                lhs.1 != rhs.1 ? lhs.1 > rhs.1 : tieRanks[Int(lhs.0)] < tieRanks[Int(rhs.0)]
            }
            func bar(_ kept: [(Int32, Float)]) -> ScoreAccumulator.Bar {
                kept.count < 5 ? .anyScore : ScoreAccumulator.Bar(score: kept[4].1, tieRank: tieRanks[Int(kept[4].0)])
            }
            var kept: [(Int32, Float)] = []
            var seen: [(Int32, Float)] = []
            tieRanks.withUnsafeBufferPointer { ranks in
                accumulator.drain(bar: .anyScore, tieRanks: ranks) { document, score in
                    seen.append((document, score))
                    kept = Array((kept + [(document, score)]).sorted(by: better).prefix(5))
                    return bar(kept)
                }
            }
            // What the drain must have reported, walking the documents in first-touch order.
            var best: [(Int32, Float)] = []
            var reference: [(Int32, Float)] = []
            for document in firstTouch {
                let entry = (document, expected[document]!)
                guard entry.1 > 0, best.count < 5 || better(entry, best[4]) else { continue }
                reference.append(entry)
                best = Array((best + [entry]).sorted(by: better).prefix(5))
            }
            #expect(seen.map(\.0) == reference.map(\.0), "query \(query)")
            #expect(seen.map(\.1.bitPattern) == reference.map(\.1.bitPattern), "query \(query)")
            let all = expected.filter { $0.value > 0 }.map { ($0.key, $0.value) }.sorted(by: better).prefix(5)
            #expect(kept.map(\.0) == all.map(\.0), "query \(query)")
            #expect(seen.count < firstTouch.count / 2 || firstTouch.count < 100, "query \(query): the bar let most through")
            var again = 0
            tieRanks.withUnsafeBufferPointer { ranks in
                accumulator.drain(bar: .anyScore, tieRanks: ranks) { _, _ in again += 1; return .anyScore }
            }
            #expect(again == 0, "query \(query): the drain left listings behind")
        }
    }
}
