extension SimilarityIndex {
    /// Every document (internal id), in the order to rank them in: by their first two tags,
    /// so that documents asked one after another read the same tag posting lists, and often
    /// score the same candidates, while those are still in the processor's cache (in key
    /// order nearly every page of a large site read them afresh from memory). A document's
    /// ranking depends on nothing but the index, so the order changes no result.
    func rankingOrder() -> [Int32] {
        guard documentCount <= Self.documentMask else { return Array(0..<Int32(documentCount)) }
        // First tag, second tag and id packed into one integer, so the sort compares integers.
        let keys = (0..<documentCount).map { document -> UInt64 in
            let tags = tagVectors.range(ofRow: document)
            let first = tags.isEmpty ? Self.noTag : min(UInt64(tagVectors.columns[tags.lowerBound]), Self.noTag)
            let second = tags.count < 2 ? Self.noTag : min(UInt64(tagVectors.columns[tags.lowerBound + 1]), Self.noTag)
            return first << 43 | second << 22 | UInt64(document)
        }
        return keys.sorted().map { Int32(truncatingIfNeeded: $0 & Self.documentMask) }
    }
}

private extension SimilarityIndex {
    /// A missing tag's place in the key, after every tag (tag ids beyond it share it).
    static var noTag: UInt64 { (1 << 21) - 1 }
    /// The key's low 22 bits hold the document.
    static var documentMask: UInt64 { (1 << 22) - 1 }
}
