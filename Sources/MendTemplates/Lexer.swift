/// Splits a template's source into text and tags, following set-delimiter tags.
///
/// A value-type scanner over the UTF-8 bytes: one pass, no backtracking. Every error
/// carries the position of the tag it is about.
struct Lexer {
    private let bytes: [UInt8]
    private let templateName: String
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    private var line = 1
    private var lineStart = 0
    private var tracked = 0

    init(bytes: [UInt8], templateName: String) {
        self.bytes = bytes
        self.templateName = templateName
    }

    /// All the lexemes of the source, in order.
    mutating func lex() throws -> [Lexeme] {
        var lexemes: [Lexeme] = []
        var index = 0
        while index < bytes.count {
            guard let tagStart = find(open, from: index) else {
                lexemes.append(Lexeme(kind: .text, start: index, end: bytes.count))
                break
            }
            if tagStart > index {
                lexemes.append(Lexeme(kind: .text, start: index, end: tagStart))
            }
            let tag = try lexTag(at: tagStart)
            lexemes.append(tag)
            index = tag.end
        }
        return lexemes
    }
}

private extension Lexer {
    static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    mutating func lexTag(at tagStart: Int) throws -> Lexeme {
        advanceLines(to: tagStart)
        var tag = Lexeme(kind: .variable, start: tagStart, end: tagStart)
        tag.position = SourcePosition(line: line, column: scalarCount(lineStart..<tagStart) + 1)
        tag.lineStart = lineStart
        tag.leftClear = bytes[lineStart..<tagStart].allSatisfy(Self.isBlank)

        let afterOpen = tagStart + open.count
        if afterOpen < bytes.count, bytes[afterOpen] == UInt8(ascii: "{") {
            try finish(&tag, kind: .unescaped, contentFrom: afterOpen + 1, terminator: [UInt8(ascii: "}")] + close)
        } else {
            var sigilIndex = afterOpen
            while sigilIndex < bytes.count, Self.isWhitespace(bytes[sigilIndex]) { sigilIndex += 1 }
            let sigil = sigilIndex < bytes.count ? bytes[sigilIndex] : 0
            if let kind = Self.kinds[sigil] {
                let terminator = kind == .delimiters ? [UInt8(ascii: "=")] + close : close
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

    mutating func finish(_ tag: inout Lexeme, kind: Lexeme.Kind, contentFrom: Int, terminator: [UInt8]) throws {
        guard let contentEnd = find(terminator, from: contentFrom) else {
            throw error(.unclosedTag(expected: String(decoding: terminator, as: UTF8.self)), at: tag.position)
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
        open = Array(parts[0].utf8)
        close = Array(parts[1].utf8)
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

    mutating func advanceLines(to index: Int) {
        while tracked < index {
            if bytes[tracked] == Self.newline {
                line += 1
                lineStart = tracked + 1
            }
            tracked += 1
        }
    }

    func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = 1
                while matched < pattern.count, bytes[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }

    func trimmed(_ range: Range<Int>) -> ArraySlice<UInt8> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, Self.isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, Self.isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return bytes[lower..<upper]
    }

    func scalarCount(_ range: Range<Int>) -> Int {
        bytes[range].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    func error(_ kind: TemplateError.Kind, at position: SourcePosition) -> TemplateError {
        TemplateError(templateName: templateName, line: position.line, column: position.column, kind: kind)
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == carriageReturn
    }
}
