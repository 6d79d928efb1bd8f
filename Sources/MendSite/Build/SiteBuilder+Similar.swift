/// `mend similar`'s core: a page's similar posts, each with why it was chosen.
public struct SimilarReport: Sendable {
    public struct Item: Sendable {
        public let path: String
        public let title: String
        public let explanation: SimilarityExplanation
        /// The tags both pages have, as the site names them.
        public let sharedTags: [String]
    }

    public let path: String
    public let title: String
    /// What the page lists, best first (its "Similar posts").
    public let items: [Item]
    /// Pages it never lists because a reader is linked to them from it already (its guide,
    /// its steps, its neighbours, what its text links to), by path.
    public let leftOut: [String]
}

public extension SiteBuilder {
    /// Builds the site in memory and explains the similar posts of the page from `path`
    /// (`content/posts/x.md`).
    /// - Returns: The build's result, and the report; `nil` when the build failed, the file is
    ///   no published page, or the site lists no similar posts (`similar_posts: 0`).
    func explainSimilar(_ sources: [SourceFile], path: String) -> (result: BuildResult, report: SimilarReport?) {
        var memory = BuildMemory(keepingSite: true)
        let result = build(sources, memory: &memory)
        guard result.succeeded, let model = memory.site?.model, let similarity = memory.similarity,
              let position = model.entries.firstIndex(where: { $0.file.path == path }) else { return (result, nil) }
        let entry = model.entries[position]
        let items = model.similar[position].map { other -> SimilarReport.Item in
            let shared = Set(entry.tagIndexes).intersection(model.entries[other].tagIndexes).sorted().map { model.tags[$0].name }
            return SimilarReport.Item(path: model.entries[other].file.path, title: model.entries[other].title,
                                      explanation: similarity.index.explain(position, other), sharedTags: shared)
        }
        let leftOut = similarity.excluded[position].sorted().map { model.entries[$0].file.path }
        return (result, SimilarReport(path: path, title: entry.title, items: items, leftOut: leftOut))
    }
}
