import MendTemplates
import Yams

/// `params:` of site.yml and front matter: the writer's own values, handed to templates as
/// they are (`site.params.x`, `page.params.x`).
extension YAMLFieldReader {
    /// A mapping of any values, as template values: plain `true`/`false` are booleans, plain
    /// numbers numbers, `~`/`null` null, anything else (quoted included) text; lists and
    /// mappings nest. `[:]` (with an error) for anything but a mapping.
    mutating func params(_ node: Node, key: String) -> TemplateValue {
        if Self.isNull(node) { return [:] }
        guard case .mapping = node else {
            error("'\(key)' holds your own values as keys and values, such as \(key): {accent: teal}", at: node)
            return [:]
        }
        return Self.templateValue(node)
    }

    static func templateValue(_ node: Node) -> TemplateValue {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain else { return .string(scalar.string) }
            if isNull(node) { return .null }
            switch scalar.string {
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: break
            }
            if let number = Double(scalar.string), scalar.string.allSatisfy({ $0.isNumber || "+-.eE".contains($0) }) {
                return .number(number)
            }
            return .string(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map(templateValue))
        case .mapping(let mapping):
            var values: [String: TemplateValue] = [:]
            for (key, value) in mapping {
                guard case .scalar(let name) = key else { continue }
                values[name.string] = templateValue(value)
            }
            return .dictionary(values)
        case .alias:
            return .null
        }
    }
}
