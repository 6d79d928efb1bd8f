import Yams

/// Reads typed values out of a ``YAMLDocument``'s entries, turning every problem
/// into a diagnostic that says what was expected, at the value's position.
struct YAMLFieldReader {
    let document: YAMLDocument
    private(set) var diagnostics: [Diagnostic] = []

    init(_ document: YAMLDocument) {
        self.document = document
    }

    mutating func string(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node, !isNull(node) else {
            if !isNull(node) { expected("text", key: key, found: node) }
            return nil
        }
        return scalar.string
    }

    mutating func bool(_ node: Node, key: String) -> Bool? {
        if isNull(node) { return nil }
        guard let value = node.bool else { expected("true or false", key: key, found: node); return nil }
        return value
    }

    mutating func int(_ node: Node, key: String, range: ClosedRange<Int>) -> Int? {
        if isNull(node) { return nil }
        guard let value = node.int else { expected("a whole number", key: key, found: node); return nil }
        guard range.contains(value) else {
            diagnostics.append(.error(at: document.location(of: node),
                                      "'\(key)' must be between \(range.lowerBound) and \(range.upperBound), found \(value)"))
            return nil
        }
        return value
    }

    /// A list of texts; a single text is taken as a list of one.
    mutating func strings(_ node: Node, key: String) -> [String] {
        switch node {
        case .scalar(let scalar):
            return isNull(node) ? [] : [scalar.string]
        case .sequence(let sequence):
            return sequence.compactMap { item in
                guard case .scalar(let scalar) = item, !isNull(item) else {
                    expected("a list of texts", key: key, found: item)
                    return nil
                }
                return scalar.string
            }
        default:
            expected("a list of texts", key: key, found: node)
            return []
        }
    }

    mutating func date(_ node: Node, key: String) -> ContentDate? {
        guard let text = string(node, key: key) else { return nil }
        guard let date = ContentDate(text) else {
            diagnostics.append(.error(at: document.location(of: node),
                                      "'\(key)' is not a date: write it as 2024-05-01 or 2024-05-01T09:30:00+02:00"))
            return nil
        }
        return date
    }

    mutating func mapping(_ node: Node, key: String) -> [(key: String, location: SourceLocation, value: Node)]? {
        if isNull(node) { return nil }
        guard case .mapping(let mapping) = node else { expected("keys and values", key: key, found: node); return nil }
        return mapping.compactMap { keyNode, value in
            guard case .scalar(let scalar) = keyNode else { return nil }
            return (scalar.string, document.location(of: keyNode), value)
        }
    }

    mutating func warnUnknown(_ key: String, at location: SourceLocation, known: [String], in section: String) {
        var message = "unknown \(section) key '\(key)' is ignored"
        if let suggestion = known.min(by: { key.editDistance(to: $0) < key.editDistance(to: $1) }),
           key.editDistance(to: suggestion) <= 2 {
            message += ": did you mean '\(suggestion)'?"
        } else {
            message += " (known keys: \(known.joined(separator: ", ")))"
        }
        diagnostics.append(.warning(at: location, message))
    }

    mutating func error(_ message: String, at node: Node) {
        diagnostics.append(.error(at: document.location(of: node), message))
    }

    mutating func warning(_ message: String, at node: Node) {
        diagnostics.append(.warning(at: document.location(of: node), message))
    }

    private func isNull(_ node: Node) -> Bool {
        Self.isNull(node)
    }

    /// `~`, `null`, or nothing, written plain: YAML's null.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private mutating func expected(_ what: String, key: String, found node: Node) {
        diagnostics.append(.error(at: document.location(of: node),
                                  "'\(key)' should be \(what), found \(YAMLDocument.describe(node))"))
    }
}
