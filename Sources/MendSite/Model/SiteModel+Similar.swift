extension SiteModel {
    /// Fills ``similar``: for every guide, step and post, the most similar other ones
    /// (site.yml `similar_posts`), never a page the reader is already linked to from it: a
    /// guide's own steps, a step's own guide and its previous and next steps, and any page its
    /// text links to. A step lists other steps of its guide only when too few other pages
    /// qualify, and then in step order. Pages (about, privacy) take no part.
    /// With the last build's `memory`, when only texts changed, the index is updated for
    /// those pages and only the pages whose lists can change are ranked again; the lists
    /// are the same as computed from scratch. Without `keeping`, nothing is left in `memory`
    /// and the index is built without what updates need.
    mutating func findSimilar(memory: inout SimilarityMemory?, keeping: Bool = true, work: ParallelWork) {
        let count = config.similarPosts
        similar = Array(repeating: [], count: entries.count)
        guard count > 0 else { memory = nil; return }
        let shape = SimilarityMemory.Shape(
            count: count, keys: entries.map(\.url), tags: entries.map { $0.tagIndexes.map { tags[$0].slug } },
            dates: entries.map { $0.frontMatter.date?.timestamp },
            candidates: entries.map { $0.kind != .page && !$0.frontMatter.draft })
        let revisions = entries.map(\.file.revision)
        let byURL = Dictionary(entries.enumerated().map { ($1.url, $0) }, uniquingKeysWith: { first, _ in first })
        let model = self
        let excluded = work.map(entries.count) { model.linkedFrom($0, byURL: byURL) }
        var index: SimilarityIndex
        var ranked: RankedLists
        var stale: [Int]
        if var last = memory, last.shape == shape {
            memory = nil  // the index below is the only one left, so it changes in place
            let edited = entries.indices.filter { revisions[$0] != last.revisions[$0] }
            let (reranked, reached) = last.index.updateTexts(edited.map { ($0, similarityText(of: $0)) }, ranked: &last.ranked)
            (index, ranked, similar) = (last.index, last.ranked, last.similar)
            let again = Set(reranked + reached.filter { hidesSome($0, excluded: excluded) })
            stale = entries.indices.filter { again.contains($0) || excluded[$0] != last.excluded[$0] }
        } else {
            index = SimilarityIndex(entries.indices.map { position in
                SimilarityDocument(key: shape.keys[position], tags: shape.tags[position], textParts: similarityTextParts(of: position),
                                   date: shape.dates[position].map { String($0 + 1_000_000_000_000) },
                                   isCandidate: shape.candidates[position])
            }, options: SimilarityOptions(), work: work, forUpdates: keeping)
            ranked = index.rankAll(count: count + 1)
            stale = Array(entries.indices)
        }
        for (position, list) in zip(stale, lists(of: stale, ranked: ranked.lists, excluded: excluded, index: index)) {
            similar[position] = list
        }
        guard keeping else { memory = nil; return }
        memory = SimilarityMemory(shape: shape, revisions: revisions, index: index, ranked: ranked,
                                  excluded: excluded, byURL: byURL, similar: similar, rankedCount: stale.count)
    }

    /// ``findSimilar(memory:keeping:work:)`` after the texts of `edited` changed and nothing else (no
    /// entry came, went or moved, no tag or date changed): updates the index in `memory` for
    /// them and ranks again only the pages whose lists can change.
    /// - Returns: The entries whose similar posts changed, ascending.
    mutating func updateSimilar(edited: [Int], memory: inout SimilarityMemory) -> [Int] {
        guard config.similarPosts > 0, !edited.isEmpty else { return [] }
        for position in edited { memory.revisions[position] = entries[position].file.revision }
        let (reranked, reached) = memory.index.updateTexts(edited.map { ($0, similarityText(of: $0)) }, ranked: &memory.ranked)
        // An edited text may link to other pages than before.
        var relinked: [Int] = []
        for position in edited {
            let linked = linkedFrom(position, byURL: memory.byURL)
            if linked != memory.excluded[position] { memory.excluded[position] = linked; relinked.append(position) }
        }
        let excluded = memory.excluded
        let stale = Set(reranked + relinked + reached.filter { hidesSome($0, excluded: excluded) }).sorted()
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
    /// page than shown) without the pages each is already linked to and, for a step, without
    /// the other steps of its guide, asking the index again for more where too few are left;
    /// then, for a step still short, its guide's other steps the index found, in step order.
    private func lists(of positions: [Int], ranked: [[Int]], excluded: [Set<Int>], index: SimilarityIndex) -> [[Int]] {
        let count = config.similarPosts
        let siblings = positions.map(siblingSteps(of:))
        func split(_ found: [Int], _ item: Int) -> (others: [Int], steps: [Int]) {
            let allowed = found.filter { !excluded[positions[item]].contains($0) }
            return (allowed.filter { !siblings[item].contains($0) }, allowed.filter { siblings[item].contains($0) })
        }
        var found = positions.indices.map { split(ranked[positions[$0]], $0) }
        // Those left short by what they hide ask again, for enough more, all at once.
        let short = positions.indices.filter { item in
            let hidden = excluded[positions[item]].count + siblings[item].count
            return entries[positions[item]].kind != .page && hidden > 0 && found[item].others.count < count
        }
        let asked = index.similar(toEach: short.map { item in
            (index: positions[item], count: count + excluded[positions[item]].count + siblings[item].count)
        })
        for (item, again) in zip(short, asked) { found[item] = split(again, item) }
        return positions.indices.map { item in
            guard entries[positions[item]].kind != .page else { return [] }
            let (others, steps) = found[item]
            guard others.count < count else { return Array(others.prefix(count)) }
            let inOrder = steps.sorted { (entries[$0].stepNumber ?? 0) < (entries[$1].stepNumber ?? 0) }
            return others + inOrder.prefix(count - others.count)
        }
    }

    /// Whether the entry's list leaves out pages it would otherwise show (so a query for
    /// more pages than shown decides it, which changes with more pages than its own list).
    private func hidesSome(_ position: Int, excluded: [Set<Int>]) -> Bool {
        !excluded[position].isEmpty || entries[position].kind == .step
    }

    /// The text a page is compared by: title, summary, body and a guide's closing.
    private func similarityText(of position: Int) -> String {
        similarityTextParts(of: position).joined(separator: "\n\n")
    }

    /// ``similarityText(of:)`` in its parts, which share the strings the page already holds.
    private func similarityTextParts(of position: Int) -> [String] {
        let entry = entries[position]
        return [entry.title, entry.frontMatter.summary ?? "", entry.file.document.plainText,
                entry.file.closingDocument?.plainText ?? ""]
    }

    /// Pages the entry's own page already links to: as part of its guide (a guide's steps;
    /// a step's guide, previous and next step) and from its text (a link to a page's URL,
    /// root-relative or absolute, with or without a query or `#fragment`).
    func linkedFrom(_ position: Int, byURL: [String: Int]) -> Set<Int> {
        let entry = entries[position]
        var linked: Set<Int> = []
        if let guideIndex = entry.guideIndex {
            let guide = guides[guideIndex]
            if entry.kind == .guide {
                linked.formUnion(guide.steps)
            } else if let place = guide.steps.firstIndex(of: position) {
                linked.insert(guide.article)
                if place > 0 { linked.insert(guide.steps[place - 1]) }
                if place + 1 < guide.steps.count { linked.insert(guide.steps[place + 1]) }
            }
        }
        for link in entry.file.document.links + (entry.file.closingDocument?.links ?? []) {
            if let target = SiteLink.path(of: link, in: config).flatMap({ byURL[$0] }), target != position { linked.insert(target) }
        }
        return linked
    }

    /// For a step, the other steps of its guide that are not its neighbours.
    private func siblingSteps(of position: Int) -> Set<Int> {
        guard entries[position].kind == .step, let guideIndex = entries[position].guideIndex else { return [] }
        let steps = guides[guideIndex].steps
        guard let place = steps.firstIndex(of: position) else { return [] }
        return Set(steps.indices.filter { abs($0 - place) > 1 }.map { steps[$0] })
    }
}
