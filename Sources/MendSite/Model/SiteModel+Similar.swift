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
        var ranked: [[Int]]
        var stale: [Int]
        if let last = memory, last.shape == shape {
            index = last.index
            let edited = entries.indices.filter { revisions[$0] != last.revisions[$0] }
            let suspects = index.updateTexts(edited.map { ($0, similarityText(of: $0)) })
            ranked = last.ranked
            for (position, list) in zip(suspects, index.similar(toEach: suspects, count: count + 1)) { ranked[position] = list }
            similar = last.similar
            let suspect = Set(suspects)
            stale = entries.indices.filter { suspect.contains($0) || excluded[$0] != last.excluded[$0] }
        } else {
            index = SimilarityIndex(entries.indices.map { position in
                SimilarityDocument(key: shape.keys[position], tags: shape.tags[position], text: similarityText(of: position),
                                   date: shape.dates[position].map { String($0 + 1_000_000_000_000) },
                                   isCandidate: shape.candidates[position])
            }, options: SimilarityOptions(), work: work)
            ranked = index.allSimilar(count: count + 1)
            stale = Array(entries.indices)
        }
        let requery = stale.filter { position in
            entries[position].kind != .page && !excluded[position].isEmpty
                && ranked[position].filter { !excluded[position].contains($0) }.count < count
        }
        let wider = Dictionary(uniqueKeysWithValues: zip(requery, requery.map { position in
            index.similar(toEach: [position], count: count + excluded[position].count)[0]
        }))
        for position in stale {
            guard entries[position].kind != .page else { similar[position] = []; continue }
            let found = (wider[position] ?? ranked[position]).filter { !excluded[position].contains($0) }
            similar[position] = Array(found.prefix(count))
        }
        memory = SimilarityMemory(shape: shape, revisions: revisions, index: index, ranked: ranked,
                                  excluded: excluded, similar: similar, rankedCount: stale.count)
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
