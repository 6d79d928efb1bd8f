import MendSite

public extension CommentStore {
    /// The comment file with this id.
    /// - Parameters:
    ///   - id: The comment's id (a file with errors is found by its file name).
    ///   - page: The page it belongs to; needed only when pages share the id.
    /// - Throws: ``CommentStoreError/unknownID(_:page:)``, ``CommentStoreError/ambiguousID(_:pages:)``.
    func find(id: String, page: String? = nil) throws -> StoredComment {
        let page = page.map(Self.normalizedPage)
        let matches = try scan().filter { $0.id == id && (page == nil || $0.pagePath == page) }
        guard let first = matches.first else { throw CommentStoreError.unknownID(id, page: page) }
        guard matches.count == 1 else {
            throw CommentStoreError.ambiguousID(id, pages: Array(Set(matches.map(\.pagePath))).sorted())
        }
        return first
    }

    /// Gives the comment a new status, changing only its `status:` line (or adding one).
    /// - Returns: `false`, changing nothing, when it already has that status.
    /// - Throws: ``CommentStoreError/unreadable(_:_:)`` for a file with errors,
    ///   ``CommentStoreError/unsafeEdit(_:)`` when the edit would change more than the status.
    @discardableResult
    func setStatus(_ status: Comment.Status, of stored: StoredComment) throws -> Bool {
        guard let original = stored.comment else { throw CommentStoreError.unreadable(stored.path, stored.diagnostics) }
        guard original.status != status else { return false }
        let edited = CommentStatusEdit.candidates(status.rawValue, for: stored.bytes).first { candidate in
            let (comment, _) = Comment.parse(String(decoding: candidate, as: UTF8.self), path: stored.path)
            return comment.map { $0.status == status && Self.sameExceptStatus($0, original) } ?? false
        }
        guard let edited else { throw CommentStoreError.unsafeEdit(stored.path) }
        try CommentFileWriter.replace(edited, at: absolute(stored.path))
        return true
    }

    /// Removes the comment's file.
    /// - Throws: ``CommentStoreError/io(_:_:)`` when it cannot be removed.
    func delete(_ stored: StoredComment) throws {
        try CommentFileWriter.remove(absolute(stored.path))
    }
}

private extension CommentStore {
    static func sameExceptStatus(_ lhs: Comment, _ rhs: Comment) -> Bool {
        (lhs.id, lhs.parent, lhs.name, lhs.email, lhs.url) == (rhs.id, rhs.parent, rhs.name, rhs.email, rhs.url)
            && (lhs.date, lhs.message, lhs.pagePath, lhs.path) == (rhs.date, rhs.message, rhs.pagePath, rhs.path)
    }
}
