/// The data a ``Template`` renders: a JSON-like value tree.
///
/// Build it from Swift literals, decode it from JSON, or assemble it in code:
///
/// ```swift
/// let value: TemplateValue = ["title": "Rebuilding Trust", "steps": [["n": 1], ["n": 2]]]
/// let fromJSON = try JSONDecoder().decode(TemplateValue.self, from: data)
/// ```
///
/// Truthiness (for sections and inverted sections) follows JavaScript, as the
/// Mustache spec does: `false`, `null`, `0`, `""` and `[]` are falsey; everything
/// else, including an empty dictionary, is truthy.
public enum TemplateValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case list([TemplateValue])
    case dictionary([String: TemplateValue])
    case null
}

public extension TemplateValue {
    /// Whether a section renders for this value (JavaScript truthiness).
    var isTruthy: Bool {
        switch self {
        case .string(let string): return !string.isEmpty
        case .number(let number): return number != 0 && !number.isNaN
        case .bool(let bool): return bool
        case .list(let items): return !items.isEmpty
        case .dictionary: return true
        case .null: return false
        }
    }

    /// The value as interpolated text; `nil` for a list or a dictionary, which have none.
    var text: String? {
        switch self {
        case .string(let string): return string
        case .number(let number): return Self.format(number)
        case .bool(let bool): return bool ? "true" : "false"
        case .null: return ""
        case .list, .dictionary: return nil
        }
    }

    /// A short name of the value's kind, for error messages.
    var kindName: String {
        switch self {
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .list: return "a list"
        case .dictionary: return "a dictionary"
        case .null: return "null"
        }
    }

    /// The member `key` of a dictionary value, or `nil`.
    subscript(key: String) -> TemplateValue? {
        if case .dictionary(let members) = self { return members[key] }
        return nil
    }
}

private extension TemplateValue {
    /// Whole numbers print without a fraction ("85", not "85.0"); others as Swift prints them ("1.21").
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 9_007_199_254_740_992 {
            return String(Int64(number))
        }
        return String(number)
    }
}
