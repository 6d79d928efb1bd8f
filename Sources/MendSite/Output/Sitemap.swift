/// `sitemap.xml` and `robots.txt`.
struct Sitemap {
    let model: SiteModel

    static let outputPath = "sitemap.xml"
    static let robotsPath = "robots.txt"

    /// Every page but the 404 page, by URL, with its last modification date when known.
    func xml(pages: [SitemapPage]) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#,
        ]
        for page in pages.sorted(by: { $0.url < $1.url }) {
            var line = "  <url><loc>\(XML.escape(model.config.absolute(page.url)))</loc>"
            if let date = page.lastModified { line += "<lastmod>\(date.isoDate)</lastmod>" }
            lines.append(line + "</url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }

    func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(model.config.absolute(model.config.rootPath + Self.outputPath))\n"
    }
}
