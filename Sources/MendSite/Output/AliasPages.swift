import MendMarkdown

/// Front matter `aliases:`: each old URL of a page gets a small page that sends the reader
/// on to the page's address (a meta refresh, `rel=canonical` for search engines, a link for
/// the rest), listed nowhere else: not in the sitemap, the feed or any list.
enum AliasPages {
    /// The alias pages of every entry, and errors for aliases that cannot be used.
    /// - Parameter taken: The paths of the site's own files, which no alias may take, nor
    ///   put a folder in the place of.
    static func files(for model: SiteModel, taken: Set<String>) -> ([OutputFile], [Diagnostic]) {
        var files: [OutputFile] = [], diagnostics: [Diagnostic] = []
        var claimed: [String: String] = [:]
        for entry in model.entries where !entry.frontMatter.aliases.isEmpty {
            let location = entry.frontMatter.locations["aliases"] ?? SourceLocation(path: entry.file.path, line: 1, column: 1)
            for alias in entry.frontMatter.aliases {
                guard let path = outputPath(of: alias) else {
                    diagnostics.append(.error(at: location,
                        "the alias '\(alias)' is not an address of this site: write the old URL's path, such as /2019/old-title/"))
                    continue
                }
                let folders = path.split(separator: "/").dropLast().indices.map { path.split(separator: "/")[...$0].joined(separator: "/") }
                if taken.contains(path) || folders.contains(where: taken.contains) {
                    diagnostics.append(.error(at: location, "the alias '\(alias)' is the address of a page of the site: remove it"))
                } else if let other = claimed.updateValue(entry.file.path, forKey: path), other != entry.file.path {
                    diagnostics.append(.error(at: location, "the alias '\(alias)' is also an alias of \(other): keep it on one page"))
                } else {
                    files.append(OutputFile(path: path, bytes: Array(html(to: model.config.absolute(entry.url),
                                                                          strings: model.config.strings).utf8)))
                }
            }
        }
        return (files.sorted { $0.path < $1.path }, diagnostics)
    }

    /// `/2019/old/` -> `2019/old/index.html`; `old.html` -> `old.html`; `nil` for an address
    /// with a scheme, a query or fragment, a `..` segment, or nothing in it.
    static func outputPath(of alias: String) -> String? {
        guard !alias.contains("://"), !alias.contains("?"), !alias.contains("#") else { return nil }
        // As the server reads the address: `/caf%C3%A9/` is the folder `café`.
        let segments = alias.split(separator: "/").map { URLPath.percentDecoded($0) }
        guard !segments.isEmpty, !segments.contains(where: { $0 == ".." || $0 == "." || $0.contains("/") || $0.contains("\\")
                  || $0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } }) else { return nil }
        let joined = segments.joined(separator: "/")
        return joined.hasSuffix(".html") ? joined : joined + "/index.html"
    }

    static func html(to url: String, strings: StringTable) -> String {
        let escaped = url.escapedForHTML
        let link = "<a href=\"\(escaped)\">\(escaped)</a>"
        return """
            <!doctype html>
            <html lang="\(strings.language.escapedForHTML)">
            <head>
            <meta charset="utf-8">
            <title>\(strings.html("moved_title"))</title>
            <link rel="canonical" href="\(escaped)">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(escaped)">
            </head>
            <body>
            <p>\(strings.html("moved_text", ["link": link]))</p>
            </body>
            </html>

            """
    }
}
