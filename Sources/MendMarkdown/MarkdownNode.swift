/// One node of a parsed Markdown document, copied out of cmark: what it is and where it starts.
///
/// Children are not stored here; they follow the node's ``MarkdownEvent/open(_:)`` in the
/// event stream, which keeps arbitrarily deep documents free of recursion.
struct MarkdownNode: Sendable, Equatable {
    /// The node's type and the values cmark keeps for it (already entity-decoded).
    enum Kind: Sendable, Equatable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item
        /// A fenced or indented code block: its info string (empty if none) and its text.
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case paragraph
        /// A heading as written, 1...6, before any offset.
        case heading(level: Int)
        case thematicBreak
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case link(url: String, title: String)
        case image(url: String, title: String)
        /// cmark's custom blocks and inlines: never produced by parsing, rendered as their children.
        case custom
    }

    let kind: Kind
    /// 1-based line where the node starts.
    let line: Int
    /// 1-based column where the node starts, counted in UTF-8 bytes as cmark does.
    let column: Int
}
