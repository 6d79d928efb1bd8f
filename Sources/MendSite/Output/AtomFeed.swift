import MendMarkdown

/// The site's Atom feed (`feed.xml`): guides and posts, newest first.
struct AtomFeed {
    /// How many entries the feed carries.
    static let limit = 20

    let model: SiteModel

    /// The feed's path under the output folder.
    static let outputPath = "feed.xml"

    /// The entries the feed carries (indexes into ``SiteModel/entries``), newest first.
    var items: [Int] { Array(timeline.prefix(Self.limit)) }

    /// Every guide and post, newest first: the order the feed takes its entries in.
    var timeline: [Int] {
        (model.guidesByDate.map { model.guides[$0].article } + model.posts)
            .sorted { SiteModel.isNewer(model.entries[$0], than: model.entries[$1]) }
    }

    /// The feed of `items`, each entry's HTML from `contentHTML`.
    func xml(items: [Int], contentHTML: (Int) -> String) -> String {
        let config = model.config
        let newest = items.compactMap { model.entries[$0].lastModified }.max()
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(XML.escape(config.language))" xml:base="\#(XML.escape(config.baseURL))">"#,
            "  <title>\(XML.escape(config.title))</title>",
        ]
        if !config.description.isEmpty { lines.append("  <subtitle>\(XML.escape(config.description))</subtitle>") }
        lines += [
            #"  <link href="\#(XML.escape(config.absolute(config.rootPath + Self.outputPath)))" rel="self" type="application/atom+xml"/>"#,
            #"  <link href="\#(XML.escape(config.baseURL))" rel="alternate" type="text/html"/>"#,
            "  <id>\(XML.escape(config.baseURL))</id>",
            "  <updated>\(newest?.rfc3339 ?? "1970-01-01T00:00:00Z")</updated>",
            "  <author><name>\(XML.escape(config.author.isEmpty ? config.title : config.author))</name></author>",
            "  <generator>Mend</generator>",
        ]
        for index in items { lines += entry(index, contentHTML: contentHTML(index)) }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func entry(_ index: Int, contentHTML: String) -> [String] {
        let entry = model.entries[index]
        let link = model.config.absolute(entry.url)
        var lines = [
            "  <entry>",
            "    <title>\(XML.escape(entry.title))</title>",
            #"    <link href="\#(XML.escape(link))" rel="alternate" type="text/html"/>"#,
            "    <id>\(XML.escape(link))</id>",
        ]
        if let date = entry.frontMatter.date { lines.append("    <published>\(date.rfc3339)</published>") }
        lines.append("    <updated>\(entry.lastModified?.rfc3339 ?? "1970-01-01T00:00:00Z")</updated>")
        if let summary = entry.frontMatter.summary { lines.append("    <summary>\(XML.escape(summary))</summary>") }
        for tag in entry.tagIndexes { lines.append(#"    <category term="\#(XML.escape(model.tags[tag].name))"/>"#) }
        // The feed's base is the site's address: a link to a part of the page (`#why`) says whose.
        let content = contentHTML.replacing("href=\"#", with: "href=\"" + link.escapedForHTML + "#")
        lines.append(#"    <content type="html">\#(XML.escape(content))</content>"#)
        lines.append("  </entry>")
        return lines
    }
}
