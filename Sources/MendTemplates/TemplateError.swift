/// An error in a template, with the position it happened at.
///
/// Its description reads `name:line:column: message`, the format compilers use, so
/// editors and terminals can jump to it. Lines and columns are 1-based; columns count
/// Unicode scalars from the start of the line.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// A tag opened and never closed (`{{name` with no `}}`); carries the closing delimiter expected.
        case unclosedTag(expected: String)
        /// A section, inverted section, parent or block never closed; carries its name.
        case unclosedSection(String)
        /// A closing tag with no open section; carries its name.
        case unexpectedClosingTag(String)
        /// A closing tag whose name differs from the open section's.
        case mismatchedClosingTag(expected: String, found: String)
        /// A set-delimiter tag that cannot be used; carries its content.
        case invalidDelimiters(String)
        /// A tag whose content is not a valid name; carries the content.
        case invalidName(String)
        /// The same block name twice inside one parent tag.
        case duplicateBlock(String)
        /// Sections nested deeper than the limit in one template.
        case nestingTooDeep(limit: Int)
        /// Partials, parents and sections nested deeper than the limit while rendering.
        case renderingTooDeep(limit: Int)
        /// One render visited more nodes and list items than the limit (sections over lists
        /// multiply); carries the longest list it looped over.
        case renderingTooLong(limit: Int, longest: ListSize? = nil)
        /// One render produced more bytes than the limit; carries the longest list it looped over.
        case outputTooLarge(limit: Int, longest: ListSize? = nil)
        /// Strict mode: a name that resolves to nothing.
        case missingName(String)
        /// Strict mode: a partial or parent that is not among the partials given.
        case missingPartial(String)
        /// Strict mode: a list or dictionary interpolated as text; carries the name and the value's kind.
        case notText(name: String, kind: String)
        /// Strict mode: a dynamic name (`{{>*name}}`) whose value is not a string.
        case dynamicNameNotString(name: String, kind: String)
    }

    /// The name the template was compiled with (for a theme, its path).
    public let templateName: String
    /// 1-based line of the offending tag.
    public let line: Int
    /// 1-based column of the offending tag.
    public let column: Int
    /// What went wrong.
    public let kind: Kind

    public init(templateName: String, line: Int, column: Int, kind: Kind) {
        self.templateName = templateName
        self.line = line
        self.column = column
        self.kind = kind
    }

    /// `name:line:column: message`.
    public var description: String { "\(templateName):\(line):\(column): \(message)" }

    /// What grew past a render limit, and what to do about it.
    private static func grew(_ longest: ListSize?) -> String {
        let loop = "check that no section loops over a list inside a loop over the same list"
        guard let longest, longest.count > 1 else { return ": " + loop }
        return "; \(longest.phrase): show fewer on one page (site.yml's paginate, comments.per_page), or " + loop
    }

    /// The message alone, saying what is wrong and what to do.
    public var message: String {
        switch kind {
        case .unclosedTag(let expected):
            return "unclosed tag: add '\(expected)' to close it"
        case .unclosedSection(let name):
            return "section '\(name)' is never closed: add {{/\(name)}} where it ends"
        case .unexpectedClosingTag(let name):
            return "closing tag '/\(name)' has no open section: remove it or open the section first"
        case .mismatchedClosingTag(let expected, let found):
            return "closing tag '/\(found)' does not match the open section '\(expected)': close '\(expected)' first"
        case .invalidDelimiters(let content):
            return "invalid delimiter change '\(content)': write two delimiters separated by a space, "
                + "without '=' or spaces inside, as in {{=<% %>=}}"
        case .invalidName(let content):
            return content.isEmpty
                ? "empty tag: write a name inside the tag"
                : "'\(content)' is not a valid name: a name has no spaces, and a dotted name has a name on each side of every '.'"
        case .duplicateBlock(let name):
            return "block '\(name)' is given twice in the same parent: remove one"
        case .nestingTooDeep(let limit):
            return "sections nested more than \(limit) deep: flatten the template"
        case .renderingTooDeep(let limit):
            return "rendering nested more than \(limit) levels deep: does a partial include itself without end?"
        case .renderingTooLong(let limit, let longest):
            return "rendering took more than \(limit) steps" + Self.grew(longest)
        case .outputTooLarge(let limit, let longest):
            return "rendering produced more than \(limit / (1 << 20)) MiB" + Self.grew(longest)
        case .missingName(let name):
            return "'\(name)' is not defined here: check the spelling, or give it a value (null for none)"
        case .missingPartial(let name):
            return "partial '\(name)' does not exist: check its name or add the template"
        case .notText(let name, let kind):
            return "'\(name)' is \(kind), which has no text: use a section {{#\(name)}}…{{/\(name)}} instead"
        case .dynamicNameNotString(let name, let kind):
            return "dynamic name '*\(name)' must name a template with a string, but it is \(kind)"
        }
    }
}
