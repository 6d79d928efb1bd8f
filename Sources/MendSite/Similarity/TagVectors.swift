/// Builds the documents' tag vectors.
///
/// Tags are compared lowercased and trimmed. A tag on more than
/// `cardinalityThreshold × n` of the `n` documents is dropped (it says nothing
/// about which pages belong together); every other tag weighs its smooth idf,
/// `ln((1 + n) / (1 + df)) + 1`, so rarer shared tags count more. Each document's
/// vector is scaled to length 1.
enum TagVectors {
    /// One row per document of `tagLists` (in order), columns are tag ids (sorted tags), ascending.
    /// - Returns: The vectors and the number of distinct tags (columns).
    static func build(tagLists: [[String]], cardinalityThreshold: Double) -> (vectors: SparseRows, tagCount: Int) {
        let normalized = tagLists.map { Array(Set($0.map(normalize).filter { !$0.isEmpty })) }
        var frequency: [String: Int] = [:]
        for tags in normalized {
            for tag in tags { frequency[tag, default: 0] += 1 }
        }
        let sortedTags = frequency.keys.sorted()
        var tagID: [String: Int32] = [:]
        for (id, tag) in sortedTags.enumerated() { tagID[tag] = Int32(id) }
        let documentCount = tagLists.count
        let ceiling = cardinalityThreshold * Double(documentCount)
        let weight = sortedTags.map { tag -> Double in
            let count = frequency[tag]!
            guard Double(count) <= ceiling else { return 0 }
            return TextVectors.inverseDocumentFrequency(count, documentCount: documentCount)
        }
        let rows = normalized.map { tags in
            let entries = tags.map { tagID[$0]! }.filter { weight[Int($0)] > 0 }.map { (column: $0, value: weight[Int($0)]) }
            return TextVectors.normalizedTop(entries, limit: entries.count)
        }
        return (SparseRows(rows: rows), sortedTags.count)
    }

    /// The form in which tags are compared: lowercased, without surrounding white space.
    static func normalize(_ tag: String) -> String {
        tag.trimmed.lowercased()
    }
}
