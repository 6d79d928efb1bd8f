import CCMark

/// The C boundary: parses Markdown with cmark and copies the tree out as Swift values.
///
/// Every cmark allocation (parser, document, iterator) is freed before ``events(in:smartPunctuation:)``
/// returns; no cmark pointer leaves it.
enum CMarkParser {
    /// Parses `source` and returns its depth-first walk.
    /// - Parameters:
    ///   - source: CommonMark text.
    ///   - smartPunctuation: Curly quotes, dashes and ellipses (`CMARK_OPT_SMART`).
    /// - Returns: The events of the document, starting with the document's own ``MarkdownEvent/open(_:)``.
    static func events(in source: String, smartPunctuation: Bool) -> [MarkdownEvent] {
        var options = CMARK_OPT_SOURCEPOS
        if smartPunctuation { options |= CMARK_OPT_SMART }
        guard let parser = cmark_parser_new(options) else { return [] }
        defer { cmark_parser_free(parser) }
        var source = source
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress, !chars.isEmpty { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }

        var events: [MarkdownEvent] = []
        while true {
            switch cmark_iter_next(iterator) {
            case CMARK_EVENT_ENTER:
                let node = copy(cmark_iter_get_node(iterator))
                events.append(isLeaf(node.kind) ? .leaf(node) : .open(node))
            case CMARK_EVENT_EXIT:
                events.append(.close)
            default:  // CMARK_EVENT_DONE (or CMARK_EVENT_NONE on misuse)
                return events
            }
        }
    }
}

private extension CMarkParser {
    /// The node's kind, values and start position, as Swift values.
    static func copy(_ node: OpaquePointer?) -> MarkdownNode {
        MarkdownNode(
            kind: kind(of: node),
            line: Int(cmark_node_get_start_line(node)),
            column: Int(cmark_node_get_start_column(node)))
    }

    static func kind(of node: OpaquePointer?) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST:
            .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK:
            .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(of: node))
        case CMARK_NODE_HTML_BLOCK: .htmlBlock(literal(of: node))
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text(literal(of: node))
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code(literal(of: node))
        case CMARK_NODE_HTML_INLINE: .htmlInline(literal(of: node))
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK:
            .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default: .custom
        }
    }

    /// Whether cmark's iterator reports only an enter event for this kind (its `S_is_leaf`).
    static func isLeaf(_ kind: MarkdownNode.Kind) -> Bool {
        switch kind {
        case .codeBlock, .htmlBlock, .thematicBreak, .text, .softBreak, .lineBreak, .code, .htmlInline: true
        default: false
        }
    }

    static func literal(of node: OpaquePointer?) -> String {
        string(cmark_node_get_literal(node))
    }

    /// A copy of a C string owned by cmark (the node keeps ownership; nothing to free).
    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
