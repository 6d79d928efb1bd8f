extension SiteModel {
    /// Kinds of page that have a comments section.
    public static let commentedKinds: Set<ContentKind> = [.guide, .step, .post]

    /// A page's path as comment folders and `options[slug]` name it: its URL without the
    /// site's path and without slashes at either end (`guides/rebuilding-trust`).
    public func pagePath(of entry: Entry) -> String {
        String(entry.url.dropFirst(config.rootPath.count).dropLast())
    }

    /// Threads every page's approved comments and decides whether its form is open.
    /// - Parameters:
    ///   - comments: Every comment file that parsed.
    ///   - now: The reference date for `close_after_days`; default: the newest date in
    ///     the content and the comments.
    /// - Returns: Diagnostics about the comments (unknown parents, loops, pages that do not exist).
    mutating func attachComments(_ comments: [Comment], now: ContentDate?) -> [Diagnostic] {
        let settings = config.comments
        var pages: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where Self.commentedKinds.contains(entry.kind) {
            pages[pagePath(of: entry)] = index
        }
        var threads = CommentThreads(maxDepth: settings.maxDepth)
        let byPage = threads.build(comments, pagePaths: Set(pages.keys))
        let reference = now ?? newestDate(comments)
        pageComments = Array(repeating: nil, count: entries.count)
        guard settings.enabled else { return threads.diagnostics }
        for (path, index) in pages {
            let nodes = byPage[path] ?? []
            pageComments[index] = PageComments(threads: nodes, isOpen: isOpen(entries[index], reference: reference))
        }
        return threads.diagnostics
    }

    private func isOpen(_ entry: Entry, reference: ContentDate?) -> Bool {
        guard !entry.frontMatter.commentsClosed else { return false }
        guard let days = config.comments.closeAfterDays, let date = entry.frontMatter.date, let reference else { return true }
        return reference.timestamp < date.timestamp + days * 86_400
    }

    private func newestDate(_ comments: [Comment]) -> ContentDate? {
        (entries.flatMap { [$0.frontMatter.date, $0.frontMatter.updated] }.compactMap { $0 } + comments.map(\.date)).max()
    }
}
