extension SiteModel {
    /// Fills ``similar``: for every guide, step and post, the most similar other ones
    /// (site.yml `similar_posts`), never a page the reader is already linked to from it
    /// (a guide's own steps, a step's own guide). Pages (about, privacy) take no part.
    mutating func findSimilar() {
        let count = config.similarPosts
        similar = Array(repeating: [], count: entries.count)
        guard count > 0 else { return }
        let documents = entries.map { entry in
            SimilarityDocument(
                key: entry.url, tags: entry.tagIndexes.map { tags[$0].slug },
                text: [entry.title, entry.frontMatter.summary ?? "", entry.file.document.plainText,
                       entry.file.closingDocument?.plainText ?? ""].joined(separator: "\n\n"),
                date: entry.frontMatter.date.map { String($0.timestamp + 1_000_000_000_000) },
                isCandidate: entry.kind != .page && !entry.frontMatter.draft)
        }
        let index = SimilarityIndex(documents)
        let all = index.allSimilar(count: count + 1)
        for position in entries.indices where entries[position].kind != .page {
            let excluded = linkedFrom(position)
            var found = all[position].filter { !excluded.contains($0) }
            if found.count < count && !excluded.isEmpty {
                found = index.similar(to: position, count: count + excluded.count).filter { !excluded.contains($0) }
            }
            similar[position] = Array(found.prefix(count))
        }
    }

    /// Pages the entry's own page already links to as part of its guide.
    private func linkedFrom(_ position: Int) -> Set<Int> {
        guard let guideIndex = entries[position].guideIndex else { return [] }
        let guide = guides[guideIndex]
        return entries[position].kind == .guide ? Set(guide.steps) : [guide.article]
    }
}
