/// What each kind of node writes when it opens, closes, or stands alone.
extension HTMLRenderer {
    /// The warnings' messages.
    static let rawHTMLOmitted = "raw HTML omitted: set markdown.unsafe: true in content/site.yml to allow it"
    static let unsafeLinkDropped = "link with unsafe URL scheme dropped"
    static let unsafeImageDropped = "image with unsafe URL scheme dropped"
    static let schemeNotAllowed = "link to an address that is not a web page (mailto:, tel:, …) shown as its text"

    /// A container begins: writes its opening tag, or notes that its tags are left out.
    mutating func open(_ node: MarkdownNode) {
        if altTextDepth > 0 {
            altTextDepth += 1
            openNodes.append(OpenNode(node: node, writesTags: false))
            return
        }
        var writesTags = true
        switch node.kind {
        case .document, .custom, .emphasis, .strong, .item, .blockQuote, .list:
            writeOpeningTag(of: node.kind)
        case .paragraph:
            writesTags = !isInTightList
            if writesTags { newLineIfNeeded(); html += "<p>" }
        case .heading(let level):
            newLineIfNeeded()
            if options.allowsHeadings {
                heading = HeadingInProgress(level: min(max(level + options.headingLevelOffset, 1), 6), line: node.line)
            } else {
                html += "<p><strong>"
            }
        case .link(let url, let title):
            writesTags = openLink(node, url: url, title: title)
        case .image(let url, _):
            altTextDepth = 1
            if !options.allowsImages {
                writesTags = false
            } else if let source = links.destination(for: url, isImage: true), links.allowsScheme(of: url) {
                write("<img src=\"\(source.escapedForHref)\" alt=\"")
                openImage = MarkdownLink(url: source, line: node.line, column: node.column, isImage: true)
                imageAlt = ""
            } else {
                writesTags = false
                warn(links.allowsScheme(of: url) ? HTMLRenderer.unsafeImageDropped : HTMLRenderer.schemeNotAllowed, at: node)
            }
        default:
            break
        }
        openNodes.append(OpenNode(node: node, writesTags: writesTags))
    }

    /// The innermost container ends: writes its closing tag if its opening one was written.
    mutating func close() {
        guard let closed = openNodes.popLast() else { return }
        if altTextDepth > 0 {
            altTextDepth -= 1
            if altTextDepth == 0, closed.writesTags, case .image(_, let title) = closed.node.kind {
                write(title.isEmpty ? "\">" : "\" title=\"\(title.escapedForHTML)\">")
                if let image = openImage {
                    references.append(MarkdownLink(url: image.url, line: image.line, column: image.column, isImage: true,
                                                   altText: imageAlt.trimmingWhitespace))
                }
                openImage = nil
            }
            return
        }
        guard closed.writesTags else { return }
        switch closed.node.kind {
        case .blockQuote: newLineIfNeeded(); html += "</blockquote>\n"
        case .list(let ordered, _, _): html += ordered ? "</ol>\n" : "</ul>\n"
        case .item: html += "</li>\n"
        case .paragraph: html += "</p>\n"
        case .heading: if options.allowsHeadings { finishHeading() } else { html += "</strong></p>\n" }
        case .emphasis: write("</em>")
        case .strong: write("</strong>")
        case .link: write("</a>")
        default: break
        }
    }

    /// A node without children: text, breaks, code, raw HTML, a code block or a rule.
    mutating func leaf(_ node: MarkdownNode) {
        if altTextDepth > 0 {
            writeAltText(of: node.kind)
            return
        }
        switch node.kind {
        case .text(let text): write(text.escapedForHTML); addHeadingText(text)
        case .softBreak: write("\n"); addHeadingText(" ")
        case .lineBreak: write("<br>\n"); addHeadingText(" ")
        case .code(let code): write("<code>\(code.escapedForHTML)</code>"); addHeadingText(code)
        case .htmlInline(let raw):
            if options.allowsRawHTML { write(raw) } else { warn(HTMLRenderer.rawHTMLOmitted, at: node) }
        case .htmlBlock(let raw):
            if options.allowsRawHTML { newLineIfNeeded(); html += raw; newLineIfNeeded() }
            else { warn(HTMLRenderer.rawHTMLOmitted, at: node) }
        case .thematicBreak: newLineIfNeeded(); html += "<hr>\n"
        case .codeBlock(let info, let literal): writeCodeBlock(info: info, literal: literal)
        default: break
        }
    }
}

private extension HTMLRenderer {
    /// Whether a paragraph opening now is in an item of a tight list, so written without `<p>`.
    var isInTightList: Bool {
        guard openNodes.count >= 2, case .list(_, _, let tight) = openNodes[openNodes.count - 2].node.kind
        else { return false }
        return tight
    }

    mutating func writeOpeningTag(of kind: MarkdownNode.Kind) {
        switch kind {
        case .emphasis: write("<em>")
        case .strong: write("<strong>")
        case .item: newLineIfNeeded(); html += "<li>"
        case .blockQuote: newLineIfNeeded(); html += "<blockquote>\n"
        case .list(let ordered, let start, _):
            newLineIfNeeded()
            html += !ordered ? "<ul>\n" : start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
        default: break
        }
    }

    /// Writes `<a href="…" title="…" rel="…">` (title and rel if any) and returns true, or drops
    /// the tag (text only) inside a heading, whose self-link it would nest in, and for an unsafe
    /// URL or a scheme that is not allowed, with a warning.
    mutating func openLink(_ node: MarkdownNode, url: String, title: String) -> Bool {
        let deferred = links.deferredTarget(for: url).map { DeferredLink($0, line: node.line, column: node.column) }
        guard let href = deferred?.placeholder ?? links.destination(for: url, isImage: false) else {
            warn(HTMLRenderer.unsafeLinkDropped, at: node)
            return false
        }
        guard links.allowsScheme(of: url) else {
            warn(HTMLRenderer.schemeNotAllowed, at: node)
            return false
        }
        guard heading == nil else { return false }
        let titleAttribute = title.isEmpty ? "" : " title=\"\(title.escapedForHTML)\""
        let relAttribute = options.linkRel.map { " rel=\"\($0.escapedForHTML)\"" } ?? ""
        write("<a href=\"\(href.escapedForHref)\"\(titleAttribute)\(relAttribute)>")
        references.append(MarkdownLink(url: href, line: node.line, column: node.column, isImage: false))
        if let deferred { deferredLinks.append(deferred) }
        return true
    }

    /// Inside an image: text, code and (escaped) inline HTML as the `alt` text; breaks as spaces.
    mutating func writeAltText(of kind: MarkdownNode.Kind) {
        switch kind {
        case .text(let text), .code(let text): write(text.escapedForHTML); addHeadingText(text); imageAlt += text
        case .htmlInline(let raw): write(raw.escapedForHTML); imageAlt += raw
        case .softBreak, .lineBreak: write(" "); addHeadingText(" "); imageAlt += " "
        default: break
        }
    }

    /// `<pre><code class="language-x">`, x the info string's first word, then the escaped text.
    mutating func writeCodeBlock(info: String, literal: String) {
        newLineIfNeeded()
        let language = info.unicodeScalars.prefix { !$0.properties.isWhitespace }
        if language.isEmpty {
            html += "<pre><code>"
        } else {
            let name = String(String.UnicodeScalarView(language))
            let className = name.hasPrefix("language-") ? name : "language-" + name
            html += "<pre><code class=\"\(className.escapedForHTML)\">"
        }
        html += literal.escapedForHTML + "</code></pre>\n"
    }
}
