/// Markdown to HTML, for Mend's pages and comments: CommonMark as cmark parses it, rendered
/// with heading ids, safe links and root-relative URLs.
///
/// ```swift
/// let document = Markdown.render("# Why trust breaks\n\nIt is *slow*.", options: .init(rootPath: "/blog/"))
/// document.html      // <h1 id="why-trust-breaks"><a class="heading-link" href="#why-trust-breaks">Why …
/// document.headings  // [Heading(level: 1, text: "Why trust breaks", id: "why-trust-breaks")]
/// ```
public enum Markdown {
    /// Renders CommonMark text as HTML and collects what a page needs to know about it.
    ///
    /// Pure and thread-safe: it reads no files and keeps no state, and every cmark allocation is
    /// freed before it returns.
    ///
    /// - Raw HTML is omitted, each with a warning, unless ``MarkdownOptions/allowsRawHTML``.
    /// - Links and images with a `javascript:`, `vbscript:`, `file:` or `data:` URL (an image may
    ///   be `data:image/png|gif|jpeg|webp`) are dropped in every mode, each with a warning: a link
    ///   keeps its text, an image becomes its alt text.
    /// - URLs starting with a single `/` get ``MarkdownOptions/rootPath`` in front.
    /// - Every heading gets a unique GitHub-style id and links to itself; links inside a
    ///   heading keep only their text. Without ``MarkdownOptions/allowsHeadings``, a heading is
    ///   a paragraph of strong text instead, with no id and no place in the outline.
    /// - Without ``MarkdownOptions/allowsImages``, every image is its alt text.
    /// - With ``MarkdownOptions/linkRel``, every link and autolink written gets that `rel`.
    ///
    /// - Parameters:
    ///   - source: The Markdown (without front matter: warning positions count from its first line).
    ///   - options: Raw HTML, smart punctuation, root path, heading level offset, reserved ids,
    ///     headings, images and the links' `rel` (``MarkdownOptions/comment`` for readers' comments).
    /// - Returns: The HTML, the headings, the plain text and the warnings.
    public static func render(_ source: String, options: MarkdownOptions = .init()) -> MarkdownDocument {
        render(events: CMarkParser.events(in: source, smartPunctuation: options.smartPunctuation), source: source,
               options: options)
    }

    /// The rendering half of ``render(_:options:)``, from cmark's events of `source`.
    static func render(events: [MarkdownEvent], source: String, options: MarkdownOptions) -> MarkdownDocument {
        var renderer = HTMLRenderer(options: options)
        renderer.render(events)
        let noPositions = renderer.warnings.isEmpty && renderer.references.isEmpty && renderer.deferredLinks.isEmpty
        let columns = noPositions ? nil : ScalarColumns(source)
        return MarkdownDocument(
            html: renderer.html,
            headings: renderer.headings,
            plainText: PlainTextWriter.text(of: events),
            warnings: renderer.warnings.map { warning in
                MarkdownWarning(line: warning.line, column: columns!.column(warning.line, warning.column), message: warning.message)
            },
            references: renderer.references.map { $0.with(column: columns!.column($0.line, $0.column)) },
            deferredLinks: renderer.deferredLinks.map { DeferredLink($0.target, line: $0.line, column: columns!.column($0.line, $0.column)) })
    }

    /// The endings of Markdown files, compared without regard to letter case: a relative link
    /// to such a file is a link to a page (``MarkdownOptions/sourceFolder``).
    public static let fileExtensions: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn", "mdwn"]
}
