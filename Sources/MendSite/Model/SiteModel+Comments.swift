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
    ///   - leftOut: Pending and spam comments left out for problems in their files.
    ///   - now: The reference date for `close_after_days`; default: the newest date in
    ///     the content and the approved comments.
    /// - Returns: Diagnostics about the comments (unknown parents, loops, pages that do not exist).
    mutating func attachComments(_ comments: [Comment], leftOut: [LeftOutComment] = [], now: ContentDate?) -> [Diagnostic] {
        if comments.isEmpty {
            // No threads to build (left-out comments only ever join a page's comments): each
            // page's form is open or closed, without a table of page paths.
            let reference = now ?? commentReferenceDate(comments)
            pageComments = Array(repeating: nil, count: entries.count)
            guard config.comments.enabled else { return [] }
            for index in entries.indices where Self.commentedKinds.contains(entries[index].kind) {
                pageComments[index] = PageComments(threads: [], isOpen: commentAvailability(of: entries[index], reference: reference).isOpen)
            }
            return []
        }
        var pages: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where Self.commentedKinds.contains(entry.kind) {
            pages[pagePath(of: entry)] = index
        }
        var threads = CommentThreads(maxDepth: config.comments.maxDepth)
        let byPage = threads.build(comments, leftOut: leftOut, pagePaths: Set(pages.keys))
        let reference = now ?? commentReferenceDate(comments)
        pageComments = Array(repeating: nil, count: entries.count)
        guard config.comments.enabled else { return threads.diagnostics }
        for (path, index) in pages {
            let availability = commentAvailability(of: entries[index], reference: reference)
            pageComments[index] = PageComments(threads: byPage[path] ?? [], isOpen: availability.isOpen)
        }
        return threads.diagnostics
    }

    /// Whether the page takes new comments: its kind, site.yml's `enabled`, its front matter's
    /// `comments`, and `close_after_days` counted from its date to `reference`.
    /// - Parameters:
    ///   - entry: The page.
    ///   - reference: The date `close_after_days` counts to (``commentReferenceDate(_:)``
    ///     or `mend build --now`); `nil` keeps dated pages open.
    public func commentAvailability(of entry: Entry, reference: ContentDate?) -> CommentAvailability {
        guard Self.commentedKinds.contains(entry.kind) else { return .noCommentsSection(entry.kind) }
        guard config.comments.enabled else { return .disabled }
        guard !entry.frontMatter.commentsClosed else { return .closedInFrontMatter }
        guard let days = config.comments.closeAfterDays, let date = entry.date, let reference,
              reference.timestamp >= date.timestamp + days * 86_400 else { return .open }
        return .closedAfterDays(days, pageDate: date, reference: reference)
    }

    /// The default reference date for `close_after_days`: the newest date in the content
    /// (`date` and `updated`) and in the approved comments. Pending and spam comments do not
    /// count: a spam comment dated 9999 must not close every form.
    /// - Parameter comments: Every comment that parsed, whatever its status.
    public func commentReferenceDate(_ comments: [Comment]) -> ContentDate? {
        // The first of the newest, in the order entries' date, updated, then approved comments.
        var newest: ContentDate?
        func consider(_ date: ContentDate?) {
            guard let date else { return }
            if let current = newest, !(current < date) { return }
            newest = date
        }
        for entry in entries {
            consider(entry.frontMatter.date)
            consider(entry.frontMatter.updated)
        }
        for comment in comments where comment.status == .approved { consider(comment.date) }
        return newest
    }
}
