import MendMarkdown

/// A parsed content file: its front matter and its Markdown, rendered. A class, so that
/// the model's many copies of it (entries, lists, the memory between builds) share one.
public final class ContentFile: Sendable {
    public let path: String
    public let kind: ContentKind
    /// The guide folder's name, for a guide or a step.
    public let guideFolder: String?
    /// The name the URL uses unless front matter gives a `slug`: the file name without
    /// `.md` and without a step's `NN-` prefix; a guide's folder name.
    public let fileSlug: String
    /// A step file's `NN-` prefix, as a number.
    public let filePrefixNumber: Int?
    public let frontMatter: FrontMatter
    /// The file line the Markdown body starts on (for a guide: its introduction, before
    /// `<!-- steps -->`). The body's text is not kept: its renders are (``document``), and a
    /// step's parse (``parsedBody``).
    public let bodyLine: Int
    /// A guide's closing text, after `<!-- steps -->`, and the line it starts on.
    public let closing: (text: String, line: Int)?
    /// `body` rendered for the page of its own.
    public let document: MarkdownDocument
    /// `closing` rendered.
    public let closingDocument: MarkdownDocument?
    /// A step's body as parsed, for its guide's page to render again without parsing it again.
    public let parsedBody: ParsedMarkdown?
    /// The words of `document` and of `closingDocument`, counted once.
    public let wordCount: Int
    public let closingWordCount: Int
    /// Which parse made it: a number new for every parse within one ``BuildMemory``, so a
    /// later build can tell a reused result from a fresh one without comparing them.
    public let revision: Int

    init(path: String, kind: ContentKind, guideFolder: String?, fileSlug: String, filePrefixNumber: Int?,
         frontMatter: FrontMatter, bodyLine: Int, closing: (text: String, line: Int)?,
         document: MarkdownDocument, closingDocument: MarkdownDocument?, parsedBody: ParsedMarkdown?, revision: Int) {
        self.path = path
        self.kind = kind
        self.guideFolder = guideFolder
        self.fileSlug = fileSlug
        self.filePrefixNumber = filePrefixNumber
        self.frontMatter = frontMatter
        self.bodyLine = bodyLine
        self.closing = closing
        self.document = document
        self.closingDocument = closingDocument
        self.parsedBody = parsedBody
        wordCount = Excerpt.wordCount(document.plainText)
        closingWordCount = closingDocument.map { Excerpt.wordCount($0.plainText) } ?? 0
        self.revision = revision
    }

    /// The same file shown with other renders of its texts (its links resolved): same
    /// revision, since it comes from the same parse.
    func with(document: MarkdownDocument, closingDocument: MarkdownDocument?) -> ContentFile {
        ContentFile(path: path, kind: kind, guideFolder: guideFolder, fileSlug: fileSlug, filePrefixNumber: filePrefixNumber,
                    frontMatter: frontMatter, bodyLine: bodyLine, closing: closing, document: document,
                    closingDocument: closingDocument, parsedBody: parsedBody, revision: revision)
    }

    /// Whether its texts have links whose URLs the site decides (``SiteModel/resolveLinks(isContentFile:diagnostics:)``).
    var hasDeferredLinks: Bool { !document.deferredLinks.isEmpty || !(closingDocument?.deferredLinks.isEmpty ?? true) }

    /// The URL slug: front matter `slug`, else ``fileSlug``.
    public var slug: String { frontMatter.slug ?? fileSlug }
}
