/// Markdown rendered: its HTML and what the site needs to know about it.
public struct MarkdownDocument: Sendable, Equatable {
    /// The HTML; every heading has an id and links to itself.
    public let html: String
    /// The headings, in order: the outline for a table of contents.
    public let headings: [Heading]
    /// The text without markup, blocks separated by blank lines: for word counts,
    /// reading time, excerpts and similarity.
    public let plainText: String
    /// Raw HTML omitted (safe mode) and links with unsafe schemes dropped.
    public let warnings: [MarkdownWarning]
    /// Its links and images, in order, with their positions.
    public let references: [MarkdownLink]
    /// Where its links go, as written into their `href` (resolved), in order: for "Similar
    /// posts", which leaves out what a page already links to.
    public var links: [String] { references.filter { !$0.isImage }.map(\.url) }
    /// Its links to content files and relative links to pages, whose URLs the site decides
    /// (``resolvingLinks(_:)``); empty without ``MarkdownOptions/sourceFolder``.
    public let deferredLinks: [DeferredLink]

    public init(html: String, headings: [Heading], plainText: String, warnings: [MarkdownWarning],
                references: [MarkdownLink] = [], deferredLinks: [DeferredLink] = []) {
        self.html = html
        self.headings = headings
        self.plainText = plainText
        self.warnings = warnings
        self.references = references
        self.deferredLinks = deferredLinks
    }

    /// The document with each deferred link's URL in its `href` and in ``links``.
    /// - Parameter urls: The URL of each of ``deferredLinks``, in their order (root-relative,
    ///   with the site's path; a fragment or query as the link had).
    public func resolvingLinks(_ urls: [String]) -> MarkdownDocument {
        guard !deferredLinks.isEmpty else { return self }
        var html = html
        var byPlaceholder: [String: String] = [:]
        for (link, url) in zip(deferredLinks, urls) where byPlaceholder.updateValue(url, forKey: link.placeholder) == nil {
            html = html.replacing("href=\"\(link.placeholder.escapedForHref)\"", with: "href=\"\(url.escapedForHref)\"")
        }
        return MarkdownDocument(html: html, headings: headings, plainText: plainText, warnings: warnings,
                                references: references.map { $0.isImage ? $0 : $0.with(url: byPlaceholder[$0.url] ?? $0.url) },
                                deferredLinks: deferredLinks)
    }
}
