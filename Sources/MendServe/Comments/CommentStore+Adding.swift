import Foundation
import MendSite

public extension CommentStore {
    /// Writes a new comment file, `content/comments/<page>/<id>.yml`, with a fresh random id.
    ///
    /// This is the one check of a new comment, for `mend comments add` and the preview's
    /// comment form alike: the honeypot must be empty, the page must be published and take
    /// comments now (the build's own open-or-closed rule), the email must pass
    /// ``EmailAddress/problem(with:)``, a website must be http or https, the parent must be a
    /// comment on that page, and the file must read back
    /// through `Comment.parse` without a single diagnostic (so name, date and message are
    /// there, and no value is longer than the form allows) and with exactly the values given
    /// (surrounding whitespace is trimmed, as the parser does). An existing file is never
    /// replaced.
    /// - Parameters:
    ///   - new: What the moderator typed.
    ///   - now: The time of adding, used when `new.date` is `nil`.
    /// - Returns: The new file's path, relative to the source folder.
    /// - Throws: ``CommentStoreError`` saying what is wrong; nothing is written then.
    func add(_ new: NewComment, now: Date = Date()) throws -> String {
        if let honeypot = new.honeypot, !honeypot.isEmpty { throw CommentStoreError.honeypotFilled }
        let page = Self.normalizedPage(new.page)
        try CommentablePages(root: root).check(page)
        let comment = Self.trimmed(new, date: new.date ?? Self.iso(now))
        try Self.checkContact(comment)
        let existing = try scan().filter { $0.pagePath == page }
        if let parent = comment.parent, !existing.contains(where: { $0.comment?.id == parent }) {
            throw CommentStoreError.unknownParent(parent, page: page)
        }
        let taken = Set(existing.map(\.id))
        _ = try Self.yaml(for: comment, id: Self.randomID(), page: page)
        for _ in 0..<16 {
            let id = Self.randomID()
            guard !taken.contains(id) else { continue }
            let path = "\(Self.folder)/\(page)/\(id).yml"
            let text = try Self.yaml(for: comment, id: id, page: page)
            if try NewFileWriter.create(Array(text.utf8), at: absolute(path)) { return path }
        }
        throw CommentStoreError.noFreeID(page)
    }
}

private extension CommentStore {
    /// The email as the comment form checks it, and a website that can be published.
    static func checkContact(_ comment: NewComment) throws {
        let email = comment.email ?? ""
        if let problem = EmailAddress.problem(with: email) {
            throw CommentStoreError.invalidEmail(email, problem: problem.description)
        }
        if let url = comment.url, !Comment.isWebAddress(url) { throw CommentStoreError.refusedURL(url) }
    }

    /// The file's text, after checking that it reads back as exactly this comment.
    static func yaml(for new: NewComment, id: String, page: String) throws -> String {
        let text = CommentYAML.document(fields: [
            ("id", id), ("parent", new.parent), ("name", new.name), ("email", new.email), ("url", new.url),
            ("date", new.date),
        ], status: new.approved ? .approved : .pending, message: new.message)
        let path = "\(folder)/\(page)/\(id).yml"
        let (parsed, diagnostics) = Comment.parse(text, path: path, strict: true)
        guard diagnostics.isEmpty, let parsed else {
            throw CommentStoreError.invalidComment(diagnostics.isEmpty ? ["the comment is not valid"] : diagnostics.map(\.message))
        }
        guard (parsed.id, parsed.parent, parsed.name, parsed.email, parsed.url) == (id, new.parent, new.name, new.email, new.url),
              parsed.message == new.message, parsed.date.iso == ContentDate(new.date ?? "")?.iso, parsed.pagePath == page
        else { throw CommentStoreError.invalidComment(["the comment would not read back exactly as given: please report this"]) }
        return text
    }

    /// Every value without surrounding whitespace (as the parser reads them); empty optional values left out.
    static func trimmed(_ new: NewComment, date: String) -> NewComment {
        func optional(_ value: String?) -> String? { value.map(trim).flatMap { $0.isEmpty ? nil : $0 } }
        return NewComment(page: new.page, name: trim(new.name), email: optional(new.email), url: optional(new.url),
                          message: trim(new.message), parent: optional(new.parent), date: trim(date),
                          approved: new.approved, honeypot: new.honeypot)
    }

    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// 12 random lowercase hexadecimal digits.
    static func randomID() -> String {
        let hex = String(UInt64.random(in: 0..<(1 << 48)), radix: 16)
        return String(repeating: "0", count: 12 - hex.count) + hex
    }

    /// `2024-05-01T09:30:00Z`.
    static func iso(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
