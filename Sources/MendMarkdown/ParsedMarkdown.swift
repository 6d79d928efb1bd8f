/// Markdown parsed once, to be rendered with several sets of options: a guide's step is
/// rendered for its own page and, a heading level down with other ids, inside its guide.
///
/// ```swift
/// let parsed = Markdown.parse(body, smartPunctuation: true)
/// let own = parsed.render(options: options)
/// var inGuide = options
/// inGuide.headingLevelOffset = 1
/// let composed = parsed.render(options: inGuide)
/// ```
public struct ParsedMarkdown: Sendable {
    let events: [MarkdownEvent]
    let source: String
    /// Whether quotes and dashes were made typographic: fixed at parse time.
    public let smartPunctuation: Bool

    /// Renders the parse as ``Markdown/render(_:options:)`` would render its source;
    /// `options.smartPunctuation` is the parse's.
    public func render(options: MarkdownOptions) -> MarkdownDocument {
        var options = options
        options.smartPunctuation = smartPunctuation
        return Markdown.render(events: events, source: source, options: options)
    }
}

public extension Markdown {
    /// Parses CommonMark text once, for ``ParsedMarkdown/render(options:)``.
    static func parse(_ source: String, smartPunctuation: Bool) -> ParsedMarkdown {
        ParsedMarkdown(events: CMarkParser.events(in: source, smartPunctuation: smartPunctuation), source: source,
                       smartPunctuation: smartPunctuation)
    }
}
