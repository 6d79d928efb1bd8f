import MendMarkdown

/// What `mend check` finds in a built site that a build does not stop for but a reader
/// would trip over: links, anchors and images that go nowhere (in the content, at their
/// Markdown position, and in what the theme writes), images without alt text, heading
/// outlines that skip a level or add an `h1`, and titles and summaries that are missing or
/// the same as another page's.
struct SiteCheck {
    let model: SiteModel
    /// Every file of the built site (a clean build's).
    let files: [OutputFile]

    /// The content's links to other sites (`http`, `https`), each with where it is written,
    /// by URL: for `mend check --external`, which fetches them.
    func externalLinks() -> [String: [SourceLocation]] {
        var links: [String: [SourceLocation]] = [:]
        for entry in model.entries {
            for (document, firstLine) in texts(of: entry) {
                for link in document.references where link.url.hasPrefix("http://") || link.url.hasPrefix("https://") {
                    links[link.url, default: []].append(SourceLocation(path: entry.file.path, line: firstLine + link.line - 1,
                                                                       column: link.column))
                }
            }
        }
        return links
    }

    func diagnostics() -> [Diagnostic] {
        let addresses = PageAddresses(files: files, rootPath: model.config.rootPath)
        var reported: Set<String> = []
        var diagnostics = contentLinks(addresses, reported: &reported)
        diagnostics += headingOutlines()
        diagnostics += themeLinks(addresses, reported: reported)
        diagnostics += titlesAndSummaries()
        return diagnostics
    }
}

private extension SiteCheck {
    /// Each text of an entry, with the file line it starts on.
    func texts(of entry: Entry) -> [(MarkdownDocument, Int)] {
        [(entry.file.document, entry.file.bodyLine)] + (entry.file.closingDocument.map { [($0, entry.file.closing?.line ?? 1)] } ?? [])
    }

    func contentLinks(_ addresses: PageAddresses, reported: inout Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for entry in model.entries {
            if let image = entry.frontMatter.image, let url = model.coverImageURL(of: entry),
               url.hasPrefix(model.config.absolute(model.config.rootPath)) {
                let path = String(url.dropFirst(model.config.absolute("").count))
                if let problem = addresses.problem(with: path, on: entry.outputPath) {
                    let location = entry.frontMatter.locations["image"] ?? SourceLocation(path: entry.file.path, line: 1, column: 1)
                    diagnostics.append(.error(at: location, "the image \(image) is missing: \(problem)"))
                }
            }
            for (offset, (document, firstLine)) in texts(of: entry).enumerated() {
                let isClosing = offset == 1
                for link in document.references {
                    let location = SourceLocation(path: entry.file.path, line: firstLine + link.line - 1, column: link.column)
                    if link.isImage, link.altText?.isEmpty == true {
                        diagnostics.append(.warning(at: location, "the image \(link.url) has no alt text: say what it shows between the brackets, ![like this](…)"))
                    }
                    guard PageAddresses.isInternal(link.url) else { continue }
                    reported.insert(entry.outputPath + " " + link.url)
                    // A step's text is on its guide's page too: the same link, reported once here.
                    let guidePage = entry.kind == .step ? entry.guideIndex.map { model.entries[model.guides[$0].article].outputPath } : nil
                    if let guidePage { reported.insert(guidePage + " " + link.url) }
                    // A guide's closing is on its last step's page too, its fragments sent to the guide's.
                    if isClosing, let guide = entry.guideIndex,
                       let last = model.guides[guide].steps.last {
                        reported.insert(model.entries[last].outputPath + " " + (link.url.hasPrefix("#") ? entry.url + link.url : link.url))
                    }
                    if let problem = addresses.problem(with: link.url, on: entry.outputPath) {
                        let what = link.isImage ? "the image \(link.url) is missing" : "the link \(link.url) goes nowhere"
                        diagnostics.append(.error(at: location, "\(what): \(problem)"))
                    } else if link.url.hasPrefix("#"), let guidePage, let problem = addresses.problem(with: link.url, on: guidePage) {
                        diagnostics.append(.error(at: location, "the link \(link.url) goes nowhere on the guide's page, which shows this step too: \(problem)"))
                    }
                }
            }
        }
        return diagnostics
    }

    /// Links in the pages that no content text wrote (the theme's, and a guide's steps as
    /// its page composes them), each page's one `h1`.
    func themeLinks(_ addresses: PageAddresses, reported: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // The h1 headings a page's own text adds (reported at their lines already).
        var textH1: [String: Int] = [:]
        for entry in model.entries {
            textH1[entry.outputPath] = texts(of: entry).reduce(0) { $0 + $1.0.headings.filter { $0.level == 1 }.count }
        }
        for file in files where file.path.hasSuffix(".html") {
            var seen: Set<String> = []
            for url in HTMLAttributes.values(of: "href", in: file.bytes) + HTMLAttributes.values(of: "src", in: file.bytes)
            where PageAddresses.isInternal(url) && seen.insert(url).inserted && !reported.contains(file.path + " " + url) {
                if let problem = addresses.problem(with: url, on: file.path) {
                    diagnostics.append(.error(at: SourceLocation(path: file.path), "the link \(url) goes nowhere: \(problem)"))
                }
            }
            let headings = Self.count("<h1", in: file.bytes) - (textH1[file.path] ?? 0)
            let isRedirect = Self.count("<meta http-equiv=\"refresh\"", in: file.bytes) > 0  // an alias page
            if headings != 1 && !isRedirect {
                diagnostics.append(.warning(at: SourceLocation(path: file.path),
                    "the page has \(headings) h1 headings: a page has one, its title (check the theme's templates)"))
            }
        }
        return diagnostics
    }

    func headingOutlines() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for entry in model.entries {
            for (document, firstLine) in texts(of: entry) {
                var previous = 1
                for heading in document.headings {
                    let location = SourceLocation(path: entry.file.path, line: firstLine + heading.line - 1, column: 1)
                    if heading.level == 1 {
                        diagnostics.append(.warning(at: location,
                            "'# \(heading.text)' makes a second h1 on the page (its title is the first): start the text's headings at ##"))
                    } else if heading.level > previous + 1 {
                        diagnostics.append(.warning(at: location,
                            "the heading '\(heading.text)' skips from h\(previous) to h\(heading.level): write it with \(String(repeating: "#", count: previous + 1))"))
                    }
                    previous = heading.level
                }
            }
        }
        return diagnostics
    }

    func titlesAndSummaries() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var titles: [String: [Entry]] = [:], summaries: [String: [Entry]] = [:]
        for entry in model.entries {
            titles[entry.title.lowercased(), default: []].append(entry)
            if let summary = entry.frontMatter.summary {
                summaries[summary.lowercased(), default: []].append(entry)
            } else {
                diagnostics.append(.warning(at: SourceLocation(path: entry.file.path, line: 1, column: 1),
                    "the page has no summary: add `summary:` to its front matter (lists, link previews and search engines show it)"))
            }
        }
        for (key, group) in [("title", titles), ("summary", summaries)].flatMap({ name, map in map.values.map { (name, $0) } })
        where group.count > 1 {
            for entry in group {
                let others = group.filter { $0.file.path != entry.file.path }.map(\.file.path).joined(separator: ", ")
                let location = entry.frontMatter.locations[key] ?? SourceLocation(path: entry.file.path, line: 1, column: 1)
                diagnostics.append(.warning(at: location,
                    "the same \(key) as \(others): give each page its own, so readers and search engines can tell them apart"))
            }
        }
        return diagnostics
    }

    static func count(_ needle: String, in bytes: [UInt8]) -> Int {
        let pattern = Array(needle.utf8)
        var count = 0, index = 0
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0] && bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                let next = index + pattern.count < bytes.count ? bytes[index + pattern.count] : 0
                if next == UInt8(ascii: ">") || next == UInt8(ascii: " ") { count += 1 }
                index += pattern.count
            } else {
                index += 1
            }
        }
        return count
    }
}
