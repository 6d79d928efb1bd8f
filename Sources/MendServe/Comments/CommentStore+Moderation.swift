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
    ///
    /// A file with problems can still be marked pending or spam, which takes it out of the
    /// build (its problems become warnings); it cannot be approved until they are fixed.
    /// - Returns: `false`, changing nothing, when it already has that status.
    /// - Throws: ``CommentStoreError/unreadable(_:_:)`` for a file with errors that is to be
    ///   approved, ``CommentStoreError/unsafeEdit(_:)`` when the edit would change more than the status.
    @discardableResult
    func setStatus(_ status: Comment.Status, of stored: StoredComment) throws -> Bool {
        guard let original = stored.comment else { return try setStatus(status, ofBroken: stored) }
        guard original.status != status else { return false }
        let edited = CommentStatusEdit.candidates(status.rawValue, for: stored.bytes).first { candidate in
            let (comment, _) = Comment.parse(String(decoding: candidate, as: UTF8.self), path: stored.path)
            return comment.map { $0.status == status && Self.sameExceptStatus($0, original) } ?? false
        }
        guard let edited else { throw CommentStoreError.unsafeEdit(stored.path) }
        try NewFileWriter.replace(edited, at: absolute(stored.path))
        return true
    }

    /// Removes the comment's file.
    /// - Throws: ``CommentStoreError/io(_:_:)`` when it cannot be removed.
    func delete(_ stored: StoredComment) throws {
        try NewFileWriter.remove(absolute(stored.path))
    }
}

private extension CommentStore {
    /// For a file that does not read as a comment: the status line edited so that the file
    /// reads as that status and has no more errors (only pending and spam can do that).
    func setStatus(_ status: Comment.Status, ofBroken stored: StoredComment) throws -> Bool {
        let text = String(decoding: stored.bytes, as: UTF8.self)
        guard status != .approved else { throw CommentStoreError.unreadable(stored.path, stored.diagnostics) }
        guard DeclaredStatus.read(from: text) != .declared(status) else { return false }
        let edited = CommentStatusEdit.candidates(status.rawValue, for: stored.bytes).first { candidate in
            let candidateText = String(decoding: candidate, as: UTF8.self)
            let (_, diagnostics) = Comment.parse(candidateText, path: stored.path)
            return DeclaredStatus.read(from: candidateText) == .declared(status)
                && !diagnostics.contains { $0.severity == .error }
                && Comment.sameFieldsExceptStatus(text, candidateText)
        }
        guard let edited else { throw CommentStoreError.unsafeEdit(stored.path) }
        try NewFileWriter.replace(edited, at: absolute(stored.path))
        return true
    }

    static func sameExceptStatus(_ lhs: Comment, _ rhs: Comment) -> Bool {
        (lhs.id, lhs.parent, lhs.name, lhs.email, lhs.url) == (rhs.id, rhs.parent, rhs.name, rhs.email, rhs.url)
            && (lhs.date, lhs.message, lhs.pagePath, lhs.path) == (rhs.date, rhs.message, rhs.pagePath, rhs.path)
    }
}
