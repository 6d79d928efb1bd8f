@testable import MendSite
import Testing

@Suite("Similar posts: tag vectors")
struct TagVectorsTests {
    /// The rule written out plainly: each page's set of normalized, non-empty tags; tag ids by
    /// sorted tag; a tag on more than the threshold's share of pages weighs nothing; the rest
    /// weigh their idf, each page's vector scaled to length 1.
    private func reference(_ tagLists: [[String]], threshold: Double) -> (rows: [[(column: Int32, value: Double)]], tags: [String]) {
        let sets = tagLists.map { Set($0.map(TagVectors.normalize).filter { !$0.isEmpty }) }
        var frequency: [String: Int] = [:]
        for tags in sets { for tag in tags { frequency[tag, default: 0] += 1 } }
        let sorted = frequency.keys.sorted()
        let rows = sets.map { tags -> [(column: Int32, value: Double)] in
            let entries = tags.sorted().compactMap { tag -> (column: Int32, value: Double)? in
                let count = frequency[tag]!
                guard Double(count) <= threshold * Double(tagLists.count) else { return nil }
                return (Int32(sorted.firstIndex(of: tag)!), TextVectors.inverseDocumentFrequency(count, documentCount: tagLists.count))
            }
            let length = entries.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
            return length > 0 ? entries.map { ($0.column, $0.value / length) } : []
        }
        return (rows, sorted)
    }

    @Test(arguments: [0.2, 1.0])
    func matchTheRuleWithRepeatsSpellingsAndEmptyTags(threshold: Double) {
        var random = SplitMix64(seed: 11)
        let spellings = ["trust", "Trust", " trust ", "TRUST", "repair", "Repair ", "", "  ", "grief", "Ünïcode", "ünïcode",
                         "a b", "A B", "healing", "anger", "b", "a"]
        let tagLists = (0..<400).map { _ in (0..<random.below(7)).map { _ in spellings[random.below(spellings.count)] } }
        let (vectors, count) = TagVectors.build(tagLists: tagLists, cardinalityThreshold: threshold)
        let expected = reference(tagLists, threshold: threshold)
        #expect(count == expected.tags.count)
        #expect(vectors.rowCount == tagLists.count)
        for (row, tags) in tagLists.enumerated() {
            let got = vectors.row(row), want = expected.rows[row]
            #expect(got.count == want.count, "\(tags)")
            for (g, w) in zip(got, want) {
                #expect(g.column == w.column && g.value == w.value, "\(tags)")
            }
        }
        // Some page repeats a tag in two spellings, some has only empty tags, and "trust" is common.
        #expect(tagLists.contains { $0.contains("trust") && $0.contains("TRUST") })
        #expect(tagLists.contains { !$0.isEmpty && $0.allSatisfy { $0.trimmed.isEmpty } })
        // At 0.2 "trust", on about half the pages, weighs nothing; at 1.0 it counts.
        let trust = Int32(expected.tags.firstIndex(of: "trust")!)
        #expect((0..<vectors.rowCount).contains { vectors.row($0).contains { $0.column == trust } } == (threshold == 1.0))
    }
}
