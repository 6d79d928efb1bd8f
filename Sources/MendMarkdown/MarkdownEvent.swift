/// A step of a depth-first walk over a Markdown document, as cmark's iterator reports it.
///
/// A container node (document, paragraph, link, …) is an ``open(_:)``, its children's
/// events, then a ``close``; a node that cannot have children is a single ``leaf(_:)``.
enum MarkdownEvent: Sendable, Equatable {
    /// A container begins; its children follow until the matching ``close``.
    case open(MarkdownNode)
    /// A node without children: text, a break, code, raw HTML, a code block, a rule.
    case leaf(MarkdownNode)
    /// The innermost open container ends.
    case close
}
