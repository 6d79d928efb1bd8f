import Yams

public extension Comment {
    /// Whether two comment files say the same apart from their status, for a status edit on a
    /// file that does not read as a comment: the same keys and values in the same order (the
    /// YAML compared, not the text), or, when neither is valid YAML, the same lines apart from
    /// unindented `status:` lines.
    static func sameFieldsExceptStatus(_ lhs: String, _ rhs: String) -> Bool {
        switch (fieldsExceptStatus(lhs), fieldsExceptStatus(rhs)) {
        case let (left?, right?): return left == right
        case (nil, nil): return linesExceptStatus(lhs) == linesExceptStatus(rhs)
        default: return false
        }
    }
}

private extension Comment {
    /// Each entry but `status` as `key: value`, values written out plainly; `nil` when the YAML does not parse.
    static func fieldsExceptStatus(_ text: String) -> [String]? {
        let document = YAMLDocument(text: text, path: "")
        guard document.diagnostics.isEmpty else { return nil }
        return document.entries.filter { $0.key != "status" }.map { "\($0.key): \(plain($0.value))" }
    }

    static func plain(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "\(scalar.tag.rawValue) \(scalar.string.debugDescription)"
        case .sequence(let sequence): return "[" + sequence.map(plain).joined(separator: ", ") + "]"
        case .mapping(let mapping): return "{" + mapping.map { "\(plain($0.key)): \(plain($0.value))" }.joined(separator: ", ") + "}"
        case .alias(let alias): return "*\(alias.anchor.rawValue)"
        }
    }

    static func linesExceptStatus(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { DeclaredStatus.statusValue($0) == nil }
    }
}
