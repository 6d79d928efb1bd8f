import Yams

/// A YAML mapping read with positions, for site.yml and front matter.
///
/// Positions are reported in the *file*: `lineOffset` is the file line the YAML text
/// starts on, so an error in front matter points at the right line of the Markdown file.
/// A byte order mark (U+FEFF) before the text is skipped, as front matter skips it: it is
/// not part of the document, and editors do not count it in a line's columns.
struct YAMLDocument {
    let path: String
    let lineOffset: Int
    /// libyaml's lines to the text's own (they differ after a lone `\r`).
    private let lines: YAMLLineMap
    private let endsFile: Bool
    /// The mapping's entries in source order: key, its position, value node.
    private(set) var entries: [(key: String, location: SourceLocation, value: Node)] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// Parses `text`; a syntax error or a root that is not a mapping becomes a diagnostic.
    /// - Parameter endsFile: The text runs to the end of its file (site.yml, a comment), so
    ///   an error is never placed after its last line; front matter passes `false`, as the
    ///   line after it (the closing `---`) is in the file.
    /// - Parameter fastPath: Read the simple mappings most texts are with ``FastMapping``,
    ///   which makes the nodes Yams would; `false` always asks Yams (to compare the two).
    init(text: String, path: String, lineOffset: Int = 1, endsFile: Bool = true, fastPath: Bool = true) {
        let text = Self.withoutByteOrderMark(text)
        self.path = path
        self.lineOffset = lineOffset
        self.lines = YAMLLineMap(text)
        self.endsFile = endsFile
        if fastPath, let fast = FastMapping.entries(in: text) {
            entries = fast.map { ($0.key, location(of: $0.mark), $0.value) }
            return
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error))
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
        return location(of: mark)
    }

    /// The file position of a libyaml mark.
    private func location(of mark: Mark) -> SourceLocation {
        let (line, column) = lines.position(line: mark.line, column: mark.column, endsFile: endsFile)
        return SourceLocation(path: path, line: line + lineOffset - 1, column: column)
    }

    /// `text` without one leading U+FEFF, which Yams would otherwise read as content
    /// ("invalid YAML: did not find expected <document start>").
    static func withoutByteOrderMark(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
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

    private func diagnostic(for error: YamlError) -> Diagnostic {
        func at(_ mark: Mark, _ problem: String) -> Diagnostic {
            .error(at: location(of: mark), "invalid YAML: \(problem)")
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
}
