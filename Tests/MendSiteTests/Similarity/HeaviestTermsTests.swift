@testable import MendSite
import Testing

@Suite("Similar posts: a page's heaviest terms")
struct HeaviestTermsTests {
    /// What ``TextVectors/heaviest(_:limit:)`` must give: every entry sorted by weight, ties
    /// by the lower column, cut at the limit.
    private static func reference(_ entries: [(column: Int32, value: Double)], limit: Int) -> [(column: Int32, value: Double)] {
        Array(entries.sorted { $0.value != $1.value ? $0.value > $1.value : $0.column < $1.column }.prefix(limit))
    }

    @Test func keepsTheHeaviestBestFirstWithTiesToTheLowerColumn() {
        var random = SplitMix64(seed: 41)
        for _ in 0..<2_000 {
            let count = random.below(80)
            // Few distinct weights, so many ties; columns distinct, in no order.
            let columns = (0..<count).map(Int32.init).shuffled(using: &random)
            let entries = columns.map { (column: $0, value: Double(1 + random.below(6)) / 4) }
            let limit = random.below(40)
            let found = TextVectors.heaviest(entries, limit: limit)
            let expected = Self.reference(entries, limit: limit)
            #expect(found.map(\.column) == expected.map(\.column), "\(entries) limit \(limit)")
            #expect(found.map(\.value) == expected.map(\.value))
        }
    }

    @Test func theFloorIsTheLightestKeptEntry() {
        let entries: [(column: Int32, value: Double)] = [(5, 0.5), (1, 2), (3, 0.5), (9, 1), (2, 0.25)]
        let (row, floor) = TextVectors.normalizedTopAndFloor(entries, limit: 3)
        #expect(row.map(\.column) == [1, 3, 9])  // 0.5 ties: column 3 before column 5
        #expect(floor == TextVectors.Floor(value: 0.5, column: 3))
        #expect(TextVectors.normalizedTopAndFloor(entries, limit: 5).floor == .none)
    }
}
