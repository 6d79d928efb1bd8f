/// Splits a template's source into text and tags, following set-delimiter tags.
///
/// A value-type scanner over the UTF-8 bytes: one pass, no backtracking, handing out one
/// lexeme at a time (``next()``) so that whoever consumes them can stop at the first error.
/// It reads every byte once to follow lines and columns (``LinePosition``), so a tag's
/// position costs nothing however long its line. Every error carries the position of the
/// tag it is about.
struct Lexer {
    private let bytes: [UInt8]
    private let templateName: String
    private var open = Delimiter(Array("{{".utf8))
    private var close = Delimiter(Array("}}".utf8))
    /// `}` + close: ends a triple-mustache tag.
    private var unescapedClose = Delimiter(Array("}}}".utf8))
    /// `=` + close: ends a set-delimiter tag.
    private var delimitersClose = Delimiter(Array("=}}".utf8))
    private var position = LinePosition()
    /// Where the next lexeme starts.
    private var index = 0
    /// A tag found after a run of text, handed out after that text.
    private var pending: Lexeme?

    init(bytes: [UInt8], templateName: String) {
        self.bytes = bytes
        self.templateName = templateName
    }

    /// About how many lexemes the source holds, counted from its `{{`: room to reserve, so
    /// that the arrays of a large template are not copied as they grow. Exact for a source
    /// that keeps the default delimiters; a guess otherwise.
    static func expectedCount(in bytes: [UInt8]) -> Int {
        let brace = UInt8(ascii: "{")
        var tags = 0, index = 1
        while index < bytes.count {
            if bytes[index] == brace && bytes[index - 1] == brace {
                tags += 1
                index += 2
            } else {
                index += 1
            }
        }
        // Capped: a run of braces (`{{{{{{`) must not reserve more than one lexeme per 2 bytes.
        return min(2 * tags + 1, bytes.count / 2 + 1)
    }

    /// The next lexeme of the source, or `nil` at its end.
    /// - Throws: ``TemplateError`` for an unclosed tag or a bad delimiter change.
    mutating func next() throws -> Lexeme? {
        if let tag = pending {
            pending = nil
            return tag
        }
        guard index < bytes.count else { return nil }
        let textStart = index
        guard let tagStart = open.firstMatch(in: bytes, from: index) else {
            index = bytes.count
            return Lexeme(kind: .text, start: textStart, end: bytes.count)
        }
        let tag = try lexTag(at: tagStart)
        index = tag.end
        guard tagStart > textStart else { return tag }
        pending = tag
        return Lexeme(kind: .text, start: textStart, end: tagStart)
    }
}

private extension Lexer {
    static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    mutating func lexTag(at tagStart: Int) throws -> Lexeme {
        position.advance(over: bytes, to: tagStart)
        var tag = Lexeme(kind: .variable, start: tagStart, end: tagStart)
        tag.position = SourcePosition(line: position.line, column: position.column)
        tag.lineStart = position.lineStart
        tag.leftClear = position.lineIsBlank

        let afterOpen = tagStart + open.count
        if afterOpen < bytes.count, bytes[afterOpen] == UInt8(ascii: "{") {
            try finish(&tag, kind: .unescaped, contentFrom: afterOpen + 1, terminator: unescapedClose)
        } else {
            var sigilIndex = afterOpen
            while sigilIndex < bytes.count, Self.isWhitespace(bytes[sigilIndex]) { sigilIndex += 1 }
            let sigil = sigilIndex < bytes.count ? bytes[sigilIndex] : 0
            if let kind = Self.kinds[sigil] {
                let terminator = kind == .delimiters ? delimitersClose : close
                try finish(&tag, kind: kind, contentFrom: sigilIndex + 1, terminator: terminator)
            } else {
                try finish(&tag, kind: .variable, contentFrom: afterOpen, terminator: close)
            }
        }
        if tag.kind == .delimiters { try changeDelimiters(tag) }
        measureRight(&tag)
        return tag
    }

    static let kinds: [UInt8: Lexeme.Kind] = [
        UInt8(ascii: "#"): .section, UInt8(ascii: "^"): .inverted, UInt8(ascii: "/"): .close,
        UInt8(ascii: "!"): .comment, UInt8(ascii: ">"): .partial, UInt8(ascii: "<"): .parent,
        UInt8(ascii: "$"): .block, UInt8(ascii: "&"): .unescaped, UInt8(ascii: "="): .delimiters,
    ]

    func finish(_ tag: inout Lexeme, kind: Lexeme.Kind, contentFrom: Int, terminator: Delimiter) throws {
        guard let contentEnd = terminator.firstMatch(in: bytes, from: contentFrom) else {
            throw error(.unclosedTag(expected: String(decoding: terminator.bytes, as: UTF8.self)), at: tag.position)
        }
        tag.kind = kind
        tag.end = contentEnd + terminator.count
        if kind != .comment {
            tag.content = String(decoding: trimmed(contentFrom..<contentEnd), as: UTF8.self)
        }
    }

    mutating func changeDelimiters(_ tag: Lexeme) throws {
        let parts = tag.content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw error(.invalidDelimiters(tag.content), at: tag.position)
        }
        open = Delimiter(Array(parts[0].utf8))
        close = Delimiter(Array(parts[1].utf8))
        unescapedClose = Delimiter([UInt8(ascii: "}")] + close.bytes)
        delimitersClose = Delimiter([UInt8(ascii: "=")] + close.bytes)
    }

    func measureRight(_ tag: inout Lexeme) {
        var index = tag.end
        while index < bytes.count, Self.isBlank(bytes[index]) { index += 1 }
        if index == bytes.count {
            tag.rightClear = true
        } else if bytes[index] == Self.newline {
            tag.rightClear = true
            index += 1
        } else if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.newline {
            tag.rightClear = true
            index += 2
        }
        tag.rightEnd = index
    }

    func trimmed(_ range: Range<Int>) -> ArraySlice<UInt8> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, Self.isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, Self.isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return bytes[lower..<upper]
    }

    func error(_ kind: TemplateError.Kind, at position: SourcePosition) -> TemplateError {
        TemplateError(templateName: templateName, line: position.line, column: position.column, kind: kind)
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == carriageReturn
    }
}
