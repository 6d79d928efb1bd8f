import Foundation
import MendSite

/// The comment files of a site on disk: lists them, finds one by id, changes a status,
/// deletes one and adds new ones. Every change is atomic (see ``CommentFileWriter``).
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
    /// - Returns: The comments that parsed and the diagnostics of every file read.
    /// - Throws: ``CommentStoreError/io(_:_:)`` when the folder cannot be read.
    public func list(page: String? = nil, pendingOnly: Bool = false) throws -> Listing {
        let page = page.map(Self.normalizedPage)
        let files = try scan().filter { page == nil || $0.pagePath == page }
        let comments = files.compactMap(\.comment)
            .filter { !pendingOnly || $0.status == .pending }
            .sorted { ($0.pagePath, $0.date.timestamp, $0.id) < ($1.pagePath, $1.date.timestamp, $1.id) }
        return Listing(comments: comments, diagnostics: files.flatMap(\.diagnostics).sorted())
    }

    /// Every comment file (`.yml` or `.yaml`, hidden ones skipped), sorted by path.
    /// - Throws: ``CommentStoreError/io(_:_:)`` when a folder or file cannot be read.
    public func scan() throws -> [StoredComment] {
        let base = root.appendingPathComponent(Self.folder)
        guard FileManager.default.fileExists(atPath: base.path) else { return [] }
        guard let enumerator = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { throw CommentStoreError.io(base.path, "cannot list the folder") }
        let prefix = base.path + "/"
        var stored: [StoredComment] = []
        for case let url as URL in enumerator where ["yml", "yaml"].contains(url.pathExtension) {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommentStoreError.io(path, "cannot read the file")
            }
            stored.append(StoredComment(path: Self.folder + "/" + path.dropFirst(prefix.count), bytes: [UInt8](data)))
        }
        return stored.sorted { $0.path < $1.path }
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
