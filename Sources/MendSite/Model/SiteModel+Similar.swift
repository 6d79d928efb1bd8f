extension SiteModel {
    /// Fills ``similar``: for every guide, step and post, the most similar other ones
    /// (site.yml `similar_posts`), never a page the reader is already linked to from it
    /// (a guide's own steps, a step's own guide). Pages (about, privacy) take no part.
    /// With the last build's `memory`, when only texts changed, the index is updated for
    /// those pages and only the pages whose lists can change are ranked again; the lists
    /// are the same as computed from scratch.
    mutating func findSimilar(memory: inout SimilarityMemory?, work: ParallelWork) {
        let count = config.similarPosts
        similar = Array(repeating: [], count: entries.count)
        guard count > 0 else { memory = nil; return }
        let shape = SimilarityMemory.Shape(
            count: count, keys: entries.map(\.url), tags: entries.map { $0.tagIndexes.map { tags[$0].slug } },
            dates: entries.map { $0.frontMatter.date?.timestamp },
            candidates: entries.map { $0.kind != .page && !$0.frontMatter.draft })
        let revisions = entries.map(\.file.revision)
        let excluded = entries.indices.map(linkedFrom)
        var index: SimilarityIndex
        var ranked: RankedLists
        var stale: [Int]
        if var last = memory, last.shape == shape {
            memory = nil  // the index below is the only one left, so it changes in place
            let edited = entries.indices.filter { revisions[$0] != last.revisions[$0] }
            let (reranked, reached) = last.index.updateTexts(edited.map { ($0, similarityText(of: $0)) }, ranked: &last.ranked)
            (index, ranked, similar) = (last.index, last.ranked, last.similar)
            let again = Set(reranked + reached.filter { !excluded[$0].isEmpty })
            stale = entries.indices.filter { again.contains($0) || excluded[$0] != last.excluded[$0] }
        } else {
            index = SimilarityIndex(entries.indices.map { position in
                SimilarityDocument(key: shape.keys[position], tags: shape.tags[position], text: similarityText(of: position),
                                   date: shape.dates[position].map { String($0 + 1_000_000_000_000) },
                                   isCandidate: shape.candidates[position])
            }, options: SimilarityOptions(), work: work)
            ranked = index.rankAll(count: count + 1)
            stale = Array(entries.indices)
        }
        for (position, list) in zip(stale, lists(of: stale, ranked: ranked.lists, excluded: excluded, index: index)) {
            similar[position] = list
        }
        memory = SimilarityMemory(shape: shape, revisions: revisions, index: index, ranked: ranked,
                                  excluded: excluded, similar: similar, rankedCount: stale.count)
    }

    /// ``findSimilar(memory:work:)`` after the texts of `edited` changed and nothing else (no
    /// entry came, went or moved, no tag or date changed): updates the index in `memory` for
    /// them and ranks again only the pages whose lists can change.
    /// - Returns: The entries whose similar posts changed, ascending.
    mutating func updateSimilar(edited: [Int], memory: inout SimilarityMemory) -> [Int] {
        guard config.similarPosts > 0, !edited.isEmpty else { return [] }
        for position in edited { memory.revisions[position] = entries[position].file.revision }
        let (reranked, reached) = memory.index.updateTexts(edited.map { ($0, similarityText(of: $0)) }, ranked: &memory.ranked)
        let excluded = memory.excluded
        let stale = Set(reranked + reached.filter { !excluded[$0].isEmpty }).sorted()
        var changed: [Int] = []
        for (position, list) in zip(stale, lists(of: stale, ranked: memory.ranked.lists, excluded: excluded,
                                                 index: memory.index)) where similar[position] != list {
            similar[position] = list
            memory.similar[position] = list
            changed.append(position)
        }
        memory.rankedCount = stale.count
        return changed
    }

    /// The similar posts of each of `positions`: the index's answer (`ranked`, for one more
    /// page than shown) without the pages each is already linked to, asking the index again
    /// for more where too few are left.
    private func lists(of positions: [Int], ranked: [[Int]], excluded: [Set<Int>], index: SimilarityIndex) -> [[Int]] {
        let count = config.similarPosts
        return positions.map { position in
            guard entries[position].kind != .page else { return [] }
            var found = ranked[position].filter { !excluded[position].contains($0) }
            if !excluded[position].isEmpty && found.count < count {
                found = index.similar(toEach: [position], count: count + excluded[position].count)[0]
                    .filter { !excluded[position].contains($0) }
            }
            return Array(found.prefix(count))
        }
    }

    /// The text a page is compared by: title, summary, body and a guide's closing.
    private func similarityText(of position: Int) -> String {
        let entry = entries[position]
        return [entry.title, entry.frontMatter.summary ?? "", entry.file.document.plainText,
                entry.file.closingDocument?.plainText ?? ""].joined(separator: "\n\n")
    }

    /// Pages the entry's own page already links to as part of its guide.
    private func linkedFrom(_ position: Int) -> Set<Int> {
        guard let guideIndex = entries[position].guideIndex else { return [] }
        let guide = guides[guideIndex]
        return entries[position].kind == .guide ? Set(guide.steps) : [guide.article]
    }
}
