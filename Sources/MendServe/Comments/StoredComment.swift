import MendSite

/// One comment file under `content/comments/`, as read from disk and parsed.
public struct StoredComment: Sendable {
    /// Relative to the source folder: `content/comments/posts/first-post/1a2b3c.yml`.
    public let path: String
    /// The file's exact bytes, for edits that keep everything but the status.
    public let bytes: [UInt8]
    /// The comment, or `nil` when the file has errors.
    public let comment: Comment?
    /// What parsing said (errors, and warnings such as unknown keys).
    public let diagnostics: [Diagnostic]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        // As the build parses it: a file that is not UTF-8 is a problem, not silently repaired.
        (comment, diagnostics) = ContentLoader.parseComment(SourceFile(path: path, bytes: bytes))
    }

    /// The page it belongs to, from its folder: `posts/first-post`.
    public var pagePath: String { Comment.pagePath(of: path) }

    /// The comment's id; for a file with errors, its name without the extension.
    public var id: String {
        if let comment { return comment.id }
        let name = path.split(separator: "/").last ?? ""
        return String(name.split(separator: ".", omittingEmptySubsequences: false).first ?? name)
    }
}
