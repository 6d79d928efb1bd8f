/// Renders a node tree against a context stack into UTF-8 bytes.
///
/// One renderer serves one `render` call, so concurrent renders of the same
/// ``Template`` never share mutable state.
struct Renderer {
    /// Sections, partials, parents and blocks nested deeper than this while rendering are an
    /// error: a partial that includes itself without end must not exhaust the stack.
    static let maxDepth = 200
    /// List items, partials, parents and blocks one render may expand: sections over lists
    /// multiply (a section over a list inside a section over the same list), and so do
    /// partials that include another twice, so a few hundred bytes of template could
    /// otherwise hang a build. Each expansion renders at most one template's nodes, so
    /// this bounds the whole render's work.
    static let maxSteps = 2_000_000
    /// The most output one render may produce.
    static let maxOutputBytes = 64 << 20

    let partials: [String: Template]
    let strict: Bool
    var output: [UInt8] = []
    /// The context stack; the innermost value last.
    var stack: [TemplateValue]
    /// Written before each line of the template being expanded (standalone partials, blocks).
    var indentation: [UInt8] = []
    /// The next output starts a line of the template being expanded, so it gets `indentation` first.
    var atLineStart = false
    /// Block arguments of the parent tags being expanded, outermost first: the outermost wins.
    var arguments: [[String: BlockContent]] = []
    /// The template whose nodes are rendering, for error positions.
    var templateName: String
    var depth = 0
    var steps = 0
    /// The section or inclusion entered last: where a runaway render is reported.
    var lastEntered = SourcePosition(line: 1, column: 1)
    /// The longest list looped over: what a runaway render names as having grown.
    var longest: ListSize?

    init(root: TemplateValue, templateName: String, partials: [String: Template], strict: Bool) {
        self.partials = partials
        self.strict = strict
        self.stack = [root]
        self.templateName = templateName
    }

    mutating func render(_ nodes: [Node]) throws {
        for node in nodes {
            switch node {
            case .text(let bytes): write(bytes)
            case .variable(let variable): try render(variable)
            case .section(let section): try render(section)
            case .inclusion(let inclusion): try render(inclusion)
            case .block(let block): try render(block)
            }
        }
        if output.count > Self.maxOutputBytes {
            throw error(.outputTooLarge(limit: Self.maxOutputBytes, longest: longest), at: lastEntered)
        }
    }

    /// Counts one step of work; throws past ``maxSteps``.
    @inline(__always)
    mutating func spend() throws {
        steps += 1
        if steps > Self.maxSteps {
            throw error(.renderingTooLong(limit: Self.maxSteps, longest: longest), at: lastEntered)
        }
    }
}

private extension Renderer {
    mutating func render(_ variable: Variable) throws {
        touch()
        guard let value = try resolve(variable.path, written: variable.written, at: variable.position) else { return }
        switch value {
        case .string(let string):
            variable.escaped ? writeEscaped(string) : write(string)
        case .list, .dictionary:
            if strict {
                throw error(.notText(name: variable.written, kind: value.kindName), at: variable.position)
            }
        default:
            write(value.text ?? "")
        }
    }

    mutating func render(_ section: Section) throws {
        if section.touches { touch() }
        let value = try resolve(section.path, written: section.written, at: section.position) ?? .null
        try enter(at: section.position)
        defer { depth -= 1 }
        if section.inverted {
            if !value.isTruthy { try render(section.children) }
        } else if case .list(let items) = value {
            if items.count > longest?.count ?? 0 {
                longest = ListSize(name: section.written, count: items.count, templateName: templateName,
                                   line: section.position.line, column: section.position.column)
            }
            for item in items {
                try spend()
                stack.append(item)
                try render(section.children)
                stack.removeLast()
            }
        } else if value.isTruthy {
            stack.append(value)
            try render(section.children)
            stack.removeLast()
        }
    }

    mutating func render(_ inclusion: Inclusion) throws {
        if !inclusion.standalone { touch() }
        guard let template = try template(for: inclusion) else { return }
        try enter(at: inclusion.position)
        let saved = (indentation, atLineStart, templateName, arguments.count)
        defer {
            (indentation, atLineStart, templateName) = (saved.0, saved.1, saved.2)
            arguments.removeLast(arguments.count - saved.3)
            depth -= 1
        }
        if inclusion.standalone {
            indentation += inclusion.indentation
            atLineStart = true
        } else {
            indentation = []
            atLineStart = false
        }
        if !inclusion.blocks.isEmpty { arguments.append(inclusion.blocks) }
        templateName = template.name
        try render(template.nodes)
    }

    mutating func render(_ block: Block) throws {
        if block.touches { touch() }
        try enter(at: block.position)
        let saved = (indentation, templateName)
        defer {
            (indentation, templateName) = saved
            depth -= 1
        }
        indentation += block.indentation
        if block.startsLine { atLineStart = true }
        if let argument = arguments.lazy.compactMap({ $0[block.name] }).first {
            templateName = argument.templateName
            try render(argument.nodes)
        } else {
            try render(block.children)
        }
    }

    /// The template an inclusion names, or `nil` (outside strict mode) when there is none.
    mutating func template(for inclusion: Inclusion) throws -> Template? {
        let name: String
        switch inclusion.reference {
        case .fixed(let fixed):
            name = fixed
        case .dynamic(let path, let written):
            guard let value = try resolve(path, written: written, at: inclusion.position) else { return nil }
            guard case .string(let string) = value else {
                guard strict else { return nil }
                throw error(.dynamicNameNotString(name: written, kind: value.kindName), at: inclusion.position)
            }
            name = string
        }
        if let template = partials[name] { return template }
        if strict { throw error(.missingPartial(name), at: inclusion.position) }
        return nil
    }

    mutating func enter(at position: SourcePosition) throws {
        lastEntered = position
        try spend()
        depth += 1
        if depth > Self.maxDepth {
            depth -= 1
            throw error(.renderingTooDeep(limit: Self.maxDepth), at: position)
        }
    }

    func error(_ kind: TemplateError.Kind, at position: SourcePosition) -> TemplateError {
        TemplateError(templateName: templateName, line: position.line, column: position.column, kind: kind)
    }
}
