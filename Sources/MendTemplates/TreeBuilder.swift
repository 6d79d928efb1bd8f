/// Turns the lexer's flat list into a ``Node`` tree.
///
/// Three passes over the lexemes: pair every opening tag with its closing tag
/// (reporting unclosed and mismatched sections), apply the whitespace rules (standalone
/// lines, indentation, block re-indentation; `TreeBuilder+Whitespace.swift`), then build
/// the nested nodes.
struct TreeBuilder {
    /// Sections nested deeper than this in one template are an error, so that neither
    /// compiling nor rendering can exhaust the stack.
    static let maxNesting = 100

    let bytes: [UInt8]
    let templateName: String
    var lexemes: [Lexeme]
    /// For an opening tag, the index of its closing tag, and the other way round; -1 otherwise.
    var partner: [Int]
    /// A block tag written directly inside a parent tag: an argument, not a default.
    var isArgument: [Bool]
    /// The tag stood alone (its line's blanks and line end were removed).
    var standalone: [Bool]
    /// For a standalone inclusion or block: the indentation its content gets.
    var indentation: [[UInt8]]
    /// For a text lexeme inside a re-indented block: its bytes with the block's indentation removed.
    var outdented: [[UInt8]?]

    init(bytes: [UInt8], templateName: String, lexemes: [Lexeme]) {
        self.bytes = bytes
        self.templateName = templateName
        self.lexemes = lexemes
        partner = Array(repeating: -1, count: lexemes.count)
        isArgument = Array(repeating: false, count: lexemes.count)
        standalone = Array(repeating: false, count: lexemes.count)
        indentation = Array(repeating: [], count: lexemes.count)
        outdented = Array(repeating: nil, count: lexemes.count)
    }

    /// The template's nodes.
    mutating func build() throws -> [Node] {
        try pairTags()
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
    mutating func pairTags() throws {
        var open: [Int] = []
        for index in lexemes.indices where lexemes[index].isTag {
            let lexeme = lexemes[index]
            try validateName(at: index)
            if lexeme.opensSection {
                if lexeme.kind == .block, let enclosing = open.last, lexemes[enclosing].kind == .parent {
                    isArgument[index] = true
                }
                open.append(index)
                if open.count > Self.maxNesting { throw error(.nestingTooDeep(limit: Self.maxNesting), at: index) }
            } else if lexeme.kind == .close {
                guard let opening = open.popLast() else {
                    throw error(.unexpectedClosingTag(lexeme.content), at: index)
                }
                guard lexemes[opening].content == lexeme.content else {
                    throw error(.mismatchedClosingTag(expected: lexemes[opening].content, found: lexeme.content), at: index)
                }
                partner[opening] = index
                partner[index] = opening
            }
        }
        if let unclosed = open.last {
            throw error(.unclosedSection(lexemes[unclosed].content), at: unclosed)
        }
    }

    func nodes(in range: Range<Int>) throws -> [Node] {
        var nodes: [Node] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let lexeme = lexemes[index]
            switch lexeme.kind {
            case .text:
                appendText(outdented[index] ?? Array(bytes[lexeme.start..<max(lexeme.start, lexeme.end)]), to: &nodes)
            case .variable, .unescaped:
                nodes.append(.variable(Variable(
                    path: path(lexeme.content), written: lexeme.content,
                    escaped: lexeme.kind == .variable, position: lexeme.position)))
            case .section, .inverted:
                let children = try self.nodes(in: index + 1..<partner[index])
                nodes.append(.section(Section(
                    path: path(lexeme.content), written: lexeme.content, inverted: lexeme.kind == .inverted,
                    touches: !standalone[index], children: children, position: lexeme.position)))
                index = partner[index]
            case .partial:
                nodes.append(.inclusion(inclusion(at: index, blocks: [:])))
            case .parent:
                nodes.append(.inclusion(inclusion(at: index, blocks: try arguments(in: index + 1..<partner[index]))))
                index = partner[index]
            case .block:
                let children = try self.nodes(in: index + 1..<partner[index])
                nodes.append(.block(Block(
                    name: lexeme.content, indentation: indentation[index], startsLine: standalone[index],
                    touches: !standalone[index], children: children, position: lexeme.position)))
                index = partner[index]
            case .comment, .delimiters, .close:
                break
            }
            index += 1
        }
        return nodes
    }

    func appendText(_ text: [UInt8], to nodes: inout [Node]) {
        guard !text.isEmpty else { return }
        if case .text(let previous) = nodes.last {
            nodes[nodes.count - 1] = .text(previous + text)
        } else {
            nodes.append(.text(text))
        }
    }

    func inclusion(at index: Int, blocks: [String: BlockContent]) -> Inclusion {
        let lexeme = lexemes[index]
        return Inclusion(
            reference: reference(lexeme.content), standalone: standalone[index],
            indentation: indentation[index], blocks: blocks, position: lexeme.position)
    }

    /// The blocks written directly inside a parent tag; anything else there is ignored.
    func arguments(in range: Range<Int>) throws -> [String: BlockContent] {
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
