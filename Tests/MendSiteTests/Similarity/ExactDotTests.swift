import Testing
@testable import MendSite

/// The exact scores of a query's shortlist are taken against its row spread out by column:
/// bit for bit the sums of the pairwise merge, on random rows of every shape.
@Suite("Exact dot products")
struct ExactDotTests {
    @Test func spreadRowDotsAreThePairwiseDotsExactly() {
        var random = SplitMix64(seed: 42)
        let rows: [[(column: Int32, value: Double)]] = (0..<300).map { _ in
            let width = [1, 8, 40, 2_000][random.below(4)]
            let columns = Set((0..<random.below(33)).map { _ in Int32(random.below(width)) }).sorted()
            return columns.map { ($0, random.unit() * 3) }
        }
        let vectors = SparseRows(rows: rows)
        var accumulator = ScoreAccumulator(documentCount: rows.count)
        for row in 0..<rows.count {
            let others = (0..<20).map { _ in Int32(random.below(rows.count)) }
            let dots = accumulator.dots(of: row, with: others, in: vectors)
            #expect(dots.map(\.bitPattern) == others.map { vectors.dot(row, Int($0)).bitPattern }, "row \(row)")
        }
        #expect(rows.contains { $0.isEmpty } && rows.contains { $0.count > 20 })
    }
}
