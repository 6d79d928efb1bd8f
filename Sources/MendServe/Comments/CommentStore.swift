import Foundation
import MendSite

/// The comment files of a site on disk: lists them, finds one by id, changes a status,
/// deletes one and adds new ones. Every change is atomic (see ``NewFileWriter``).
///
/// ```swift
/// let store = CommentStore(root: URL(fileURLWithPath: "."))
/// let pending = try store.list(pendingOnly: true)
/// try store.setStatus(.approved, of: try store.find(id: "1a2b3c4d5e6f"))
/// ```
public struct CommentStore: Sendable {
    /// Where comment files live, relative to the source folder.
    public static let folder = "content/comments"

    /// The site's source folder (holding content/).
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// What ``list(page:pendingOnly:)`` found.
    public struct Listing: Sendable {
        /// By page path, then date, then id.
        public var comments: [Comment]
        /// About files that could not be read as comments (and warnings about others), by path.
        public var diagnostics: [Diagnostic]
    }

    /// The site's comments.
    /// - Parameters:
    ///   - page: Only this page's (a page path such as `posts/first-post`).
    ///   - pendingOnly: Only those waiting for moderation.
    /// - Returns: The comments that parsed, and the diagnostics of every file read and of
    ///   every file or folder under content/comments/ that could not be read.
    public func list(page: String? = nil, pendingOnly: Bool = false) -> Listing {
        let page = page.map(Self.normalizedPage)
        let (all, readDiagnostics) = read()
        let files = all.filter { page == nil || $0.pagePath == page }
        let comments = files.compactMap(\.comment)
            .filter { !pendingOnly || $0.status == .pending }
            .sorted { ($0.pagePath, $0.date.timestamp, $0.id) < ($1.pagePath, $1.date.timestamp, $1.id) }
        return Listing(comments: comments, diagnostics: (readDiagnostics + files.flatMap(\.diagnostics)).sorted())
    }

    /// Every comment file, sorted by path: exactly the files a build reads as comments
    /// (``ContentLoader/isCommentFile(_:)``), found as a build finds them
    /// (``SourceTreeReader``: links followed, hidden and backup files skipped).
    /// - Throws: ``CommentStoreError/siteHasErrors(_:)`` when a file or folder under
    ///   content/comments/ cannot be read (which fails a build too).
    public func scan() throws -> [StoredComment] {
        let (stored, diagnostics) = read()
        if diagnostics.contains(where: { $0.severity == .error }) { throw CommentStoreError.siteHasErrors(diagnostics) }
        return stored
    }

    /// A page path as typed (`/posts/first-post/`) in its stored form (`posts/first-post`).
    public static func normalizedPage(_ page: String) -> String {
        String(page.trimmingCharacters(in: .whitespaces).split(separator: "/").joined(separator: "/"))
    }

    /// The absolute file path of a path relative to the source folder.
    func absolute(_ path: String) -> String {
        root.appendingPathComponent(path).path
    }
}

private extension CommentStore {
    /// The comment files under content/comments/, and what could not be read there.
    func read() -> ([StoredComment], [Diagnostic]) {
        let tree = SourceTreeReader(root: root).readTree(of: Self.folder)
        let stored = tree.files.filter { ContentLoader.isCommentFile($0.path) }
            .map { StoredComment(path: $0.path, bytes: $0.bytes) }
        return (stored, tree.diagnostics)
    }
}
