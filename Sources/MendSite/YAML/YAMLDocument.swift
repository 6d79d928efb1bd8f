import Yams

/// A YAML mapping read with positions, for site.yml and front matter.
///
/// Positions are reported in the *file*: `lineOffset` is the file line the YAML text
/// starts on, so an error in front matter points at the right line of the Markdown file.
struct YAMLDocument {
    let path: String
    let lineOffset: Int
    /// The mapping's entries in source order: key, its position, value node.
    private(set) var entries: [(key: String, location: SourceLocation, value: Node)] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// Parses `text`; a syntax error or a root that is not a mapping becomes a diagnostic.
    /// - Parameter endsFile: The text runs to the end of its file (site.yml, a comment), so
    ///   an error is never placed after its last line; front matter passes `false`, as the
    ///   line after it (the closing `---`) is in the file.
    init(text: String, path: String, lineOffset: Int = 1, endsFile: Bool = true) {
        self.path = path
        self.lineOffset = lineOffset
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, text: text, endsFile: endsFile, path: path, lineOffset: lineOffset))
            return
        } catch {
            diagnostics.append(.error(at: SourceLocation(path: path, line: lineOffset, column: 1), "\(error)"))
            return
        }
        guard let root else { return }
        guard case .mapping(let mapping) = root else {
            diagnostics.append(.error(at: location(of: root), "expected keys and values (`title: My page`), found \(Self.describe(root))"))
            return
        }
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                diagnostics.append(.error(at: location(of: keyNode), "expected a plain key, found \(Self.describe(keyNode))"))
                continue
            }
            entries.append((key.string, location(of: keyNode), value))
        }
    }

    /// The file position of a node.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: lineOffset, column: 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset - 1, column: mark.column)
    }

    /// "a list", "a string", … for messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return scalar.string.isEmpty ? "nothing" : "the text '\(scalar.string)'"
        case .mapping: return "a mapping of keys and values"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    private static func diagnostic(for error: YamlError, text: String, endsFile: Bool, path: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark, _ problem: String) -> Diagnostic {
            let (line, column) = position(of: mark, in: text, endsFile: endsFile)
            return .error(at: SourceLocation(path: path, line: line + lineOffset - 1, column: column),
                          "invalid YAML: \(problem)")
        }
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return at(mark, problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return at(context.mark, "the key '\(duplicates.joined(separator: "', '"))' is given twice: keep one")
        default:
            return .error(at: SourceLocation(path: path, line: lineOffset, column: 1), "invalid YAML: \(error)")
        }
    }

    /// An error mark of libyaml as a line and column of the text's own lines, which end at
    /// `\n` only (found by the content fuzzer). libyaml also ends a line at a lone `\r` and at
    /// U+0085, U+2028 and U+2029, and puts an error at the end of a text without a final line
    /// break on the line after it: where the text ends its file, that stays on the last line.
    private static func position(of mark: Mark, in text: String, endsFile: Bool) -> (line: Int, column: Int) {
        let scalars = Array(text.unicodeScalars)
        var yamlLine = 1, fileLine = 1, sinceFileLine = 0, yamlLineStart = 0, index = 0
        while index < scalars.count && yamlLine < mark.line {
            let scalar = scalars[index]
            index += 1
            if scalar == "\n" {
                (yamlLine, fileLine, sinceFileLine, yamlLineStart) = (yamlLine + 1, fileLine + 1, 0, 0)
                continue
            }
            sinceFileLine += 1
            let loneReturn = scalar == "\r" && (index == scalars.count || scalars[index] != "\n")
            if loneReturn || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                yamlLine += 1
                yamlLineStart = sinceFileLine
            }
        }
        guard yamlLine >= mark.line else {
            return endsFile ? (fileLine, sinceFileLine + 1) : (fileLine + mark.line - yamlLine, mark.column)
        }
        return (fileLine, yamlLineStart + mark.column)
    }
}
