/// The text of a document without markup: for word counts, reading time, excerpts and similarity.
///
/// Text, code spans, code blocks' contents and images' alt text are kept; raw HTML is not.
/// A soft break is a space, a hard break a newline, and blocks are separated by a blank line.
struct PlainTextWriter {
    private var text = ""
    /// A block began since the last text: a blank line goes before the next text, if any.
    private var startsNewBlock = false

    /// The plain text of a document's events, trimmed.
    static func text(of events: [MarkdownEvent]) -> String {
        var writer = PlainTextWriter()
        for event in events {
            switch event {
            case .open(let node): writer.open(node.kind)
            case .leaf(let node): writer.leaf(node.kind)
            case .close: break
            }
        }
        return writer.text.trimmingWhitespace
    }
}

private extension PlainTextWriter {
    mutating func open(_ kind: MarkdownNode.Kind) {
        switch kind {
        case .paragraph, .heading, .item, .blockQuote, .list: startsNewBlock = true
        default: break
        }
    }

    mutating func leaf(_ kind: MarkdownNode.Kind) {
        switch kind {
        case .text(let string), .code(let string): append(string)
        case .softBreak: append(" ")
        case .lineBreak: append("\n")
        case .codeBlock(_, let literal):
            startsNewBlock = true
            append(literal.trimmingWhitespace)
            startsNewBlock = true
        case .thematicBreak, .htmlBlock: startsNewBlock = true
        default: break
        }
    }

    mutating func append(_ string: String) {
        guard !string.isEmpty else { return }
        if startsNewBlock { text += "\n\n" }  // leading ones are trimmed at the end
        startsNewBlock = false
        text += string
    }
}
