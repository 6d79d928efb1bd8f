/// How ``Markdown/render(_:options:)`` turns Markdown into HTML.
public struct MarkdownOptions: Sendable, Equatable {
    /// Pass raw HTML through (site.yml `markdown.unsafe: true`). Off by default: raw HTML is omitted.
    public var allowsRawHTML: Bool
    /// Curly quotes, en and em dashes, ellipses (site.yml `markdown.smart`). On by default.
    public var smartPunctuation: Bool
    /// The site's path prefix, `/` or for a site served under a sub-path `/blog/`: links and
    /// images whose URL starts with a single `/` get it in front (`/guides/x/` -> `/blog/guides/x/`).
    public var rootPath: String
    /// Added to every heading's level, at most 6: `1` makes `#` an `<h2>` (for text composed under a page title).
    public var headingLevelOffset: Int
    /// Ids already used on the page; headings choose others (`why`, then `why-1`, `why-2`, …).
    public var reservedIDs: Set<String>
    /// Render headings as headings; off (for comments), a heading becomes a paragraph of
    /// strong text, with no id and no place in the outline.
    public var allowsHeadings: Bool
    /// Render images; off (for comments, whose images would be requests to other sites), an
    /// image becomes its alt text.
    public var allowsImages: Bool
    /// A `rel` for every Markdown link and autolink, such as `nofollow ugc noopener` for comments
    /// (escaped; links in raw HTML, when allowed, are not touched).
    public var linkRel: String?
    /// The only URL schemes links and images may use (lowercase, such as `http`, `https`); a link
    /// to any other scheme (`mailto:`, `tel:`, …, autolinks such as `<a@b.org>` too) becomes its
    /// text. URLs without a scheme (relative, `/x`, `#x`) are always allowed. `nil` allows every
    /// scheme but the unsafe ones, which are dropped in every mode.
    public var linkSchemes: Set<String>?
    /// The URL path of the folder the Markdown came from (`/posts/`, `/blog/guides/x/`): a
    /// relative link or image (`lake.png`, `../notes/`) resolves against it, so it works on
    /// every page that shows the text. `nil` leaves relative URLs as they are.
    public var basePath: String?
    /// The content folder the Markdown came from (`content/guides/g/`). With it, a relative
    /// link to a Markdown file (`02-next.md`, `../posts/x.md#why`) and a relative link to a
    /// page (`../pause/`) are left for the site to resolve (``MarkdownDocument/deferredLinks``):
    /// the file's page URL, and the reference against the URL of the page the text is on.
    /// Other relative URLs (a file with an extension, images) resolve against ``basePath``.
    public var sourceFolder: String?

    /// For readers' comments: raw HTML omitted, no headings, no images, links only to http and
    /// https addresses (an email address or phone number is never a `mailto:` or `tel:` link)
    /// and marked `nofollow ugc noopener`, whatever the site's settings.
    public static let comment = MarkdownOptions(
        allowsRawHTML: false, allowsHeadings: false, allowsImages: false, linkRel: "nofollow ugc noopener",
        linkSchemes: ["http", "https"])

    public init(
        allowsRawHTML: Bool = false, smartPunctuation: Bool = true, rootPath: String = "/",
        headingLevelOffset: Int = 0, reservedIDs: Set<String> = [],
        allowsHeadings: Bool = true, allowsImages: Bool = true, linkRel: String? = nil,
        linkSchemes: Set<String>? = nil
    ) {
        self.linkSchemes = linkSchemes
        self.allowsHeadings = allowsHeadings
        self.allowsImages = allowsImages
        self.linkRel = linkRel
        self.allowsRawHTML = allowsRawHTML
        self.smartPunctuation = smartPunctuation
        self.rootPath = rootPath
        self.headingLevelOffset = headingLevelOffset
        self.reservedIDs = reservedIDs
    }
}
