import Testing
@testable import MendSite

/// The rough scores of a query: every document added to is drained once, with its sum bit for
/// bit (the amounts in the order added, in `Float`), however often it was listed, and only
/// while it reaches the threshold the caller keeps raising; the accumulator is empty after.
@Suite("Score accumulator")
struct ScoreAccumulatorTests {
    @Test func drainGivesEachSumOnceAboveTheRisingThreshold() {
        var random = SplitMix64(seed: 7)
        let documentCount = 500
        var accumulator = ScoreAccumulator(documentCount: documentCount)
        for query in 0..<40 {
            var expected: [Int32: Float] = [:]
            var firstTouch: [Int32] = []
            for _ in 0..<(1 + random.below(12)) {
                let length = random.below(query.isMultiple(of: 5) ? 2_000 : 300)
                let documents = (0..<length).map { _ in Int32(random.below(documentCount)) }
                // Some amounts are zero or negative: they never count.
                let values = (0..<length).map { _ in random.below(8) == 0 ? -random.unit() : random.unit() }
                let scaled = random.unit() * 2
                for (document, value) in zip(documents, values) {
                    let amount = max(Float(scaled * value), 0)
                    if expected[document] == nil { firstTouch.append(document) }
                    expected[document, default: 0] += amount
                }
                values.withUnsafeBufferPointer { values in
                    documents.withUnsafeBufferPointer { accumulator.add(scaled, times: values, to: $0) }
                }
            }
            // The caller keeps the 5 best scores and asks for at least the fifth.
            var kept: [Float] = []
            var seen: [(Int32, Float)] = []
            accumulator.drain(threshold: 0) { document, score in
                seen.append((document, score))
                kept = Array((kept + [score]).sorted(by: >).prefix(5))
                return kept.count < 5 ? 0 : kept[4]
            }
            // What the drain must have reported, walking the documents in first-touch order.
            var least: Float = 0
            var best: [Float] = []
            var reference: [(Int32, Float)] = []
            for document in firstTouch {
                let score = expected[document]!
                guard score > 0, score >= least else { continue }
                reference.append((document, score))
                best = Array((best + [score]).sorted(by: >).prefix(5))
                least = best.count < 5 ? 0 : best[4]
            }
            #expect(seen.map(\.0) == reference.map(\.0), "query \(query)")
            #expect(seen.map(\.1.bitPattern) == reference.map(\.1.bitPattern), "query \(query)")
            #expect(kept == Array(expected.values.filter { $0 > 0 }.sorted(by: >).prefix(5)), "query \(query)")
            var again = 0
            accumulator.drain(threshold: 0) { _, _ in again += 1; return 0 }
            #expect(again == 0, "query \(query): the drain left scores behind")
        }
    }
}
