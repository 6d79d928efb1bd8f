/// A pending or spam comment whose file has problems, so it is left out of the site: what
/// is still readable of it, so that replies to it thread as replies to any hidden comment
/// (under its nearest approved ancestor) instead of failing as replies to nothing.
public struct LeftOutComment: Sendable, Equatable {
    /// Its `id`/`_id` when that is readable and valid, else the file name without `.yml`.
    public let id: String
    /// Its `parent`/`_parent`/`replying_to`, when readable.
    public let parent: String?
    public let pagePath: String
    public let path: String

    public init(id: String, parent: String?, pagePath: String, path: String) {
        self.id = id
        self.parent = parent
        self.pagePath = pagePath
        self.path = path
    }

    /// What can be read of a broken comment file (its id and parent, when the YAML parses).
    /// - Parameters:
    ///   - text: The file's text.
    ///   - path: `content/comments/<page path>/<id>.yml`.
    public init(reading text: String, path: String) {
        var fields: [String: String] = [:]
        let document = YAMLDocument(text: text, path: path)
        for (key, _, value) in document.entries {
            if case .scalar(let scalar) = value, !YAMLFieldReader.isNull(value) {
                fields[Comment.canonical(key)] = scalar.string.trimmed
            }
        }
        let stem = String(path.split(separator: "/").last?.split(separator: ".").first ?? "")
        let id = fields["id"].flatMap { Comment.isValidID($0) ? $0 : nil } ?? stem
        self.init(id: id, parent: fields["parent"]?.nonEmpty, pagePath: Comment.pagePath(of: path), path: path)
    }
}
