import Testing
import MendMarkdown

/// The HTML of `markdown` rendered with `options`.
func html(_ markdown: String, _ options: MarkdownOptions = .init()) -> String {
    Markdown.render(markdown, options: options).html
}

/// Expects `markdown` to render to exactly `expected`, with a readable failure.
func expectHTML(
    _ markdown: String, _ expected: String, _ options: MarkdownOptions = .init(),
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let rendered = html(markdown, options)
    #expect(rendered == expected, "rendered:\n\(rendered)", sourceLocation: sourceLocation)
}

/// Expects `markdown` to render with exactly these warnings: (line, column, message) each.
func expectWarnings(
    _ markdown: String, _ expected: [(Int, Int, String)], _ options: MarkdownOptions = .init(),
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let warnings = Markdown.render(markdown, options: options).warnings
    let expectedWarnings = expected.map { MarkdownWarning(line: $0.0, column: $0.1, message: $0.2) }
    #expect(warnings == expectedWarnings, sourceLocation: sourceLocation)
}

let rawHTMLOmitted = "raw HTML omitted: set markdown.unsafe: true in content/site.yml to allow it"
let unsafeLinkDropped = "link with unsafe URL scheme dropped"
let unsafeImageDropped = "image with unsafe URL scheme dropped"
let schemeNotAllowed = "link to an address that is not a web page (mailto:, tel:, …) shown as its text"
