/// Renders a document's events into HTML close to cmark's, collecting its headings and the
/// warnings for what it dropped.
///
/// It differs from cmark's renderer where Mend needs control: headings get unique ids and
/// link to themselves (or, not allowed, become strong paragraphs), raw HTML is omitted (or
/// passed through), unsafe URLs are dropped and site-absolute ones prefixed with the root path,
/// images may be reduced to their alt text, links may get a `rel`, and void tags are HTML5 (`<hr>`).
struct HTMLRenderer {
    let options: MarkdownOptions
    let links: LinkPolicy
    /// The HTML so far.
    var html = ""
    var headings: [Heading] = []
    var warnings: [MarkdownWarning] = []
    /// Every link and image written, in order.
    var references: [MarkdownLink] = []
    /// The image being written (its `src` and position) and its alt text so far.
    var openImage: MarkdownLink?
    var imageAlt = ""
    /// Links whose URL the site decides, their placeholders written into the `href`.
    var deferredLinks: [DeferredLink] = []
    var ids: HeadingIDGenerator
    /// The containers entered and not yet closed, innermost last.
    var openNodes: [OpenNode] = []
    /// The heading being rendered: its HTML is written after its id is known, at its end.
    /// Always nil when headings are not allowed.
    var heading: HeadingInProgress?
    /// Containers open inside the outermost image being rendered; above zero, only text is
    /// written, escaped, for the `alt` attribute (as cmark does).
    var altTextDepth = 0

    init(options: MarkdownOptions) {
        self.options = options
        links = LinkPolicy(rootPath: options.rootPath, basePath: options.basePath, sourceFolder: options.sourceFolder,
                           schemes: options.linkSchemes)
        ids = HeadingIDGenerator(reserved: options.reservedIDs)
    }

    /// A container entered, and whether its tags were written (not for a dropped link or image,
    /// a link inside a heading, a tight list's paragraph or anything inside an `alt`).
    struct OpenNode {
        let node: MarkdownNode
        let writesTags: Bool
    }

    /// A heading whose end has not been reached.
    struct HeadingInProgress {
        let level: Int
        let line: Int
        var innerHTML = ""
        var text = ""
    }

    /// Renders every event into ``html``, ``headings`` and ``warnings``.
    mutating func render(_ events: [MarkdownEvent]) {
        for event in events {
            switch event {
            case .open(let node): open(node)
            case .leaf(let node): leaf(node)
            case .close: close()
            }
        }
    }
}

extension HTMLRenderer {
    /// Appends to the heading in progress, or else to the document.
    mutating func write(_ string: String) {
        if heading != nil {
            heading!.innerHTML += string
        } else {
            html += string
        }
    }

    /// Starts a new line unless at the start of the output or of a line (cmark's `cr`).
    mutating func newLineIfNeeded() {
        if let last = html.utf8.last, last != UInt8(ascii: "\n") { html += "\n" }
    }

    /// Adds the plain text of a heading in progress (its id and outline entry come from it).
    mutating func addHeadingText(_ text: String) {
        if heading != nil { heading!.text += text }
    }

    mutating func warn(_ message: String, at node: MarkdownNode) {
        warnings.append(MarkdownWarning(line: node.line, column: node.column, message: message))
    }

    /// Writes the finished heading: `<hN id="ID"><a class="heading-link" href="#ID">…</a></hN>`.
    mutating func finishHeading() {
        guard let finished = heading else { return }
        heading = nil
        let text = finished.text.trimmingWhitespace
        let id = ids.uniqueID(for: text)
        headings.append(Heading(level: finished.level, text: text, id: id, line: finished.line))
        let escapedID = id.escapedForHTML
        html += "<h\(finished.level) id=\"\(escapedID)\"><a class=\"heading-link\" href=\"#\(escapedID)\">"
        html += finished.innerHTML
        html += "</a></h\(finished.level)>\n"
    }
}
