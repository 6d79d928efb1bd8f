import MendMarkdown

/// Links between pages, written as the writer thinks of them: to a content file
/// (`02-take-responsibility.md`, `../posts/x.md#why`), which becomes its page's URL, or
/// relative to the page (`../pause/`), which resolves against the URL of the page the
/// text belongs to, on every page that shows it. The Markdown leaves them as
/// ``DeferredLink``s; the model, which knows every page's URL, resolves them.
extension SiteModel {
    /// Resolves the deferred links of every entry's texts.
    /// - Parameters:
    ///   - isContentFile: Whether a path is a content file at all (a draft left out is one),
    ///     for the message of a link to a page that is not published.
    ///   - diagnostics: Gets an error for each link to a content file that is no page.
    mutating func resolveLinks(isContentFile: (String) -> Bool, diagnostics: inout [Diagnostic]) {
        let urls = Dictionary(entries.map { ($0.file.path, $0.url) }, uniquingKeysWith: { first, _ in first })
        contentURLs = urls
        for index in entries.indices where entries[index].file.hasDeferredLinks {
            resolveLinks(of: index, isContentFile: isContentFile, diagnostics: &diagnostics)
        }
    }

    /// Resolves one entry's links (an edit's new parse, on the short path).
    mutating func resolveLinks(of index: Int, isContentFile: (String) -> Bool, diagnostics: inout [Diagnostic]) {
        let entry = entries[index]
        let file = entry.file
        guard file.hasDeferredLinks else { return }
        let document = resolve(file.document, owner: entry.url, path: file.path, firstLine: file.bodyLine,
                               isContentFile: isContentFile, diagnostics: &diagnostics)
        let closing = file.closingDocument.map {
            resolve($0, owner: entry.url, path: file.path, firstLine: file.closing?.line ?? 1,
                    isContentFile: isContentFile, diagnostics: &diagnostics)
        }
        entries[index] = entry.with(file: file.with(document: document, closingDocument: closing))
    }

    /// `document` with its deferred links resolved for the page at `owner` (the page whose
    /// text it is), errors for those that go to no page.
    /// - Parameter firstLine: The file line the document's text starts on.
    func resolve(_ document: MarkdownDocument, owner: String, path: String = "", firstLine: Int = 1,
                 isContentFile: (String) -> Bool = { _ in false }, diagnostics: inout [Diagnostic]) -> MarkdownDocument {
        guard !document.deferredLinks.isEmpty else { return document }
        let urls = document.deferredLinks.map { link -> String in
            switch link.target {
            case .relative(let reference):
                return URLPath.resolve(reference, against: owner)
            case .file(let target, let suffix):
                if let url = contentURLs[target] { return url + suffix }
                let location = SourceLocation(path: path, line: firstLine + link.line - 1, column: link.column)
                let why = isContentFile(target)
                    ? "\(target) is not published (a draft, or a page with errors): publish it, or build with --drafts"
                    : "there is no \(target): check the file name (links to content files are relative to this file's folder)"
                diagnostics.append(.error(at: location, "the link goes to no page: \(why)"))
                return "#"
            }
        }
        return document.resolvingLinks(urls)
    }

    /// The absolute URL of an entry's cover image (front matter `image:`): an http(s) address
    /// as it is, a root-relative path under the site's, a relative one beside the Markdown.
    public func coverImageURL(of entry: Entry) -> String? {
        guard let image = entry.frontMatter.image else { return nil }
        if image.hasPrefix("http://") || image.hasPrefix("https://") { return image }
        if image.hasPrefix("/") { return config.absolute(config.rootPath + String(image.dropFirst())) }
        return config.absolute(URLPath.resolve(image, against: ContentLoader.basePath(of: entry.file.path, rootPath: config.rootPath)))
    }

    /// `document` resolved as ``resolve(_:owner:path:firstLine:isContentFile:diagnostics:)``
    /// does, for a text rendered again (a step on its guide's page), whose problems are
    /// reported already.
    func resolve(_ document: MarkdownDocument, owner: String) -> MarkdownDocument {
        var ignored: [Diagnostic] = []
        return resolve(document, owner: owner, diagnostics: &ignored)
    }
}
