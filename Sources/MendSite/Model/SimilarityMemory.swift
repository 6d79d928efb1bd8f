/// What the last build's similar posts were computed from and what they came to, so that
/// a build where only some pages' texts changed updates the index for those pages and
/// ranks again only the pages whose lists can change (``SimilarityIndex/updateTexts(_:ranked:)``).
public struct SimilarityMemory: Sendable {
    /// Everything but the text that the index was built from, per entry.
    struct Shape: Sendable, Equatable {
        let count: Int
        let keys: [String]
        let tags: [[String]]
        /// Timestamps (the index compares them as strings, made only for a clean build).
        let dates: [Int?]
        let candidates: [Bool]
    }

    let shape: Shape
    /// Per entry: the parse of its file the text came from (``ContentFile/revision``).
    var revisions: [Int]
    var index: SimilarityIndex
    /// Per entry: the index's answer for `count + 1` pages, and the pages left out of it.
    var ranked: RankedLists
    var excluded: [Set<Int>]
    /// Each entry's index by URL, for the pages a text links to.
    let byURL: [String: Int]
    var similar: [[Int]]
    /// How many pages' lists this build ranked (all of them in a clean build).
    public internal(set) var rankedCount: Int
}
