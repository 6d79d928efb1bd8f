/// Name resolution against the context stack, as the Mustache spec defines it.
extension Renderer {
    /// The value a name resolves to; `nil` when it resolves to nothing (strict mode throws instead).
    func resolve(_ path: Path, written: String, at position: SourcePosition) throws -> TemplateValue? {
        switch path {
        case .implicit:
            return stack.last ?? .null
        case .names(let names):
            if let value = lookup(names) { return value }
            if strict {
                throw TemplateError(
                    templateName: templateName, line: position.line, column: position.column,
                    kind: .missingName(written))
            }
            return nil
        }
    }

    /// The first name is looked up from the innermost context outwards; each further name
    /// only in the value found before it. A `null` on the way resolves to `null`.
    private func lookup(_ names: [String]) -> TemplateValue? {
        var found: TemplateValue?
        var index = stack.count - 1
        while index >= 0 {
            if case .dictionary(let members) = stack[index], let value = members[names[0]] {
                found = value
                break
            }
            index -= 1
        }
        guard var value = found else { return nil }
        for name in names.dropFirst() {
            switch value {
            case .dictionary(let members):
                guard let member = members[name] else { return nil }
                value = member
            case .null:
                return .null
            default:
                return nil
            }
        }
        return value
    }
}
