/// One piece of a template's source, as the ``Lexer`` finds it: a run of text or a tag.
///
/// Tags carry the whitespace facts that the standalone-line rules need, measured on
/// the raw source: whether only blanks stand before the tag on its line
/// (`leftClear`) and after it up to the line end (`rightClear`).
struct Lexeme {
    enum Kind: Equatable {
        case text, variable, unescaped, section, inverted, close, comment, partial, parent, block, delimiters
    }

    var kind: Kind
    /// Text: first byte. Tag: first byte of its opening delimiter.
    var start: Int
    /// Exclusive end. Tag: just after its closing delimiter.
    var end: Int
    /// A tag's content without its sigil, trimmed.
    var content = ""
    /// Where a tag starts.
    var position = SourcePosition(line: 0, column: 0)
    /// Index of the first byte of the line the tag starts on.
    var lineStart = 0
    /// Only spaces and tabs stand between `lineStart` and the tag.
    var leftClear = false
    /// Only spaces and tabs follow the tag up to a line end or the end of the source.
    var rightClear = false
    /// With `rightClear`: the index just after that line end.
    var rightEnd = 0

    var isTag: Bool { kind != .text }
    /// Whether the standalone-line rules apply to this tag (never to interpolation).
    var canStandAlone: Bool { kind != .text && kind != .variable && kind != .unescaped }
    /// Whether the tag opens a section that a closing tag ends.
    var opensSection: Bool { kind == .section || kind == .inverted || kind == .parent || kind == .block }
}
