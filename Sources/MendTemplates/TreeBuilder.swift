/// Turns the lexer's lexemes into a ``Node`` tree.
///
/// Lexemes come in one at a time (``append(_:)``): each tag's name is checked and every
/// opening tag paired with its closing tag as it arrives, so an invalid name, a mismatched
/// closing tag or sections nested too deep stop the compile right there, before the rest of
/// the source is read. Then ``build()`` applies the whitespace rules (standalone lines,
/// indentation, block re-indentation; `TreeBuilder+Whitespace.swift`) and builds the nested
/// nodes.
struct TreeBuilder {
    /// Sections nested deeper than this in one template are an error, so that neither
    /// compiling nor rendering can exhaust the stack.
    static let maxNesting = 100

    let bytes: [UInt8]
    let templateName: String
    var lexemes: [Lexeme] = []
    /// For an opening tag, the index of its closing tag, and the other way round; -1 otherwise.
    var partner: [Int] = []
    /// A block tag written directly inside a parent tag: an argument, not a default.
    var isArgument: [Bool] = []
    /// The tag stood alone (its line's blanks and line end were removed).
    var standalone: [Bool] = []
    /// For a standalone inclusion or block: the indentation its content gets.
    var indentation: [[UInt8]] = []
    /// For a text lexeme inside a re-indented block: its bytes with the block's indentation removed.
    var outdented: [[UInt8]?] = []
    /// Each name's parsed form, made once however often the name is written.
    var paths: [String: Path] = [:]
    /// The opening tags not closed yet, innermost last.
    private var openSections: [Int] = []

    /// - Parameter capacity: About how many lexemes will be appended.
    init(bytes: [UInt8], templateName: String, capacity: Int = 0) {
        self.bytes = bytes
        self.templateName = templateName
        lexemes.reserveCapacity(capacity)
        partner.reserveCapacity(capacity)
        isArgument.reserveCapacity(capacity)
    }

    /// Takes the next lexeme of the source: checks its name and pairs it with its opening tag.
    /// - Throws: ``TemplateError`` for an invalid name, a closing tag that has no open section
    ///   or does not match it, or a section nested more than ``maxNesting`` deep.
    mutating func append(_ lexeme: Lexeme) throws {
        let index = lexemes.count
        lexemes.append(lexeme)
        partner.append(-1)
        isArgument.append(false)
        guard lexeme.isTag else { return }
        try validateName(at: index)
        if lexeme.opensSection {
            if lexeme.kind == .block, let enclosing = openSections.last, lexemes[enclosing].kind == .parent {
                isArgument[index] = true
            }
            openSections.append(index)
            if openSections.count > Self.maxNesting { throw error(.nestingTooDeep(limit: Self.maxNesting), at: index) }
        } else if lexeme.kind == .close {
            guard let opening = openSections.popLast() else {
                throw error(.unexpectedClosingTag(lexeme.content), at: index)
            }
            guard lexemes[opening].content == lexeme.content else {
                throw error(.mismatchedClosingTag(expected: lexemes[opening].content, found: lexeme.content), at: index)
            }
            partner[opening] = index
            partner[index] = opening
        }
    }

    /// The template's nodes, once every lexeme has been appended.
    /// - Throws: ``TemplateError`` for a section never closed, or a block given twice in one parent.
    mutating func build() throws -> [Node] {
        if let unclosed = openSections.last {
            throw error(.unclosedSection(lexemes[unclosed].content), at: unclosed)
        }
        standalone = Array(repeating: false, count: lexemes.count)
        indentation = Array(repeating: [], count: lexemes.count)
        outdented = Array(repeating: nil, count: lexemes.count)
        applyStandaloneRules()
        applyIndentation()
        return try nodes(in: 0..<lexemes.count)
    }

    func error(_ kind: TemplateError.Kind, at index: Int) -> TemplateError {
        let position = lexemes[index].position
        return TemplateError(templateName: templateName, line: position.line, column: position.column, kind: kind)
    }
}

private extension TreeBuilder {
    /// The nodes of `lexemes[range]`. Consecutive text (around comments, set-delimiter tags
    /// and trimmed standalone lines) joins into one text node (``TextRun``).
    mutating func nodes(in range: Range<Int>) throws -> [Node] {
        var nodes: [Node] = []
        nodes.reserveCapacity(childCount(in: range))
        var text = TextRun()
        var index = range.lowerBound
        while index < range.upperBound {
            if lexemes[index].kind == .text {
                if let outdented = outdented[index] {
                    text.append(outdented[...])
                } else if lexemes[index].end > lexemes[index].start {
                    text.append(bytes[lexemes[index].start..<lexemes[index].end])
                }
            } else if let node = try node(at: index) {
                if !text.isEmpty { nodes.append(.text(text.take())) }
                nodes.append(node)
            }
            index = lexemes[index].opensSection ? partner[index] + 1 : index + 1
        }
        if !text.isEmpty { nodes.append(.text(text.take())) }
        return nodes
    }

    /// How many lexemes stand directly in `range` (a section with all it holds counts as one):
    /// the most nodes `nodes(in:)` makes of it.
    func childCount(in range: Range<Int>) -> Int {
        var count = 0, index = range.lowerBound
        while index < range.upperBound {
            count += 1
            index = lexemes[index].opensSection ? partner[index] + 1 : index + 1
        }
        return count
    }

    /// The node of the tag at `index` (for an opening tag, with everything up to its closing
    /// tag); `nil` for tags that leave no node.
    mutating func node(at index: Int) throws -> Node? {
        let lexeme = lexemes[index]
        switch lexeme.kind {
        case .variable, .unescaped:
            return .variable(Variable(
                path: path(lexeme.content), written: lexeme.content,
                escaped: lexeme.kind == .variable, position: lexeme.position))
        case .section, .inverted:
            return .section(Section(
                path: path(lexeme.content), written: lexeme.content, inverted: lexeme.kind == .inverted,
                touches: !standalone[index], children: try nodes(in: index + 1..<partner[index]),
                position: lexeme.position))
        case .partial:
            return .inclusion(inclusion(at: index, blocks: [:]))
        case .parent:
            return .inclusion(inclusion(at: index, blocks: try arguments(in: index + 1..<partner[index])))
        case .block:
            return .block(Block(
                name: lexeme.content, indentation: indentation[index], startsLine: standalone[index],
                touches: !standalone[index], children: try nodes(in: index + 1..<partner[index]),
                position: lexeme.position))
        case .text, .comment, .delimiters, .close:
            return nil
        }
    }

    mutating func inclusion(at index: Int, blocks: [String: BlockContent]) -> Inclusion {
        let lexeme = lexemes[index]
        return Inclusion(
            reference: reference(lexeme.content), standalone: standalone[index],
            indentation: indentation[index], blocks: blocks, position: lexeme.position)
    }

    /// The blocks written directly inside a parent tag; anything else there is ignored.
    mutating func arguments(in range: Range<Int>) throws -> [String: BlockContent] {
        var blocks: [String: BlockContent] = [:]
        var index = range.lowerBound
        while index < range.upperBound {
            let lexeme = lexemes[index]
            if lexeme.kind == .block {
                guard blocks[lexeme.content] == nil else { throw error(.duplicateBlock(lexeme.content), at: index) }
                let content = try nodes(in: index + 1..<partner[index])
                blocks[lexeme.content] = BlockContent(nodes: content, templateName: templateName)
            }
            if lexeme.opensSection { index = partner[index] }
            index += 1
        }
        return blocks
    }
}
