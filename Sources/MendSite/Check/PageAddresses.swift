import MendMarkdown

/// The addresses and anchors of a built site, to check links against: every output file by
/// the URL path it is served at, and each HTML page's `id`s.
struct PageAddresses {
    /// The site's path (`/`, `/blog/`).
    let rootPath: String
    let paths: Set<String>
    /// Each HTML page's ids, by output path.
    let ids: [String: Set<String>]

    init(files: [OutputFile], rootPath: String) {
        self.rootPath = rootPath
        paths = Set(files.map(\.path))
        var ids: [String: Set<String>] = [:]
        for file in files where file.path.hasSuffix(".html") {
            ids[file.path] = Set(HTMLAttributes.values(of: "id", in: file.bytes))
        }
        self.ids = ids
    }

    /// What is wrong with an internal URL (root-relative, as pages write them), or `nil`
    /// when it goes to a file of the site (and its `#fragment`, if any, to an id of that page).
    /// - Parameter page: The output path of the page it is on, for a fragment alone (`#why`).
    func problem(with url: String, on page: String) -> String? {
        var rest = Substring(url)
        var fragment: Substring?
        if let hash = rest.firstIndex(of: "#") {
            fragment = rest[rest.index(after: hash)...]
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        let target: String
        if rest.isEmpty {
            target = page
        } else {
            guard rest.hasPrefix(rootPath) else { return "it is outside the site (\(rootPath))" }
            let inside = URLPath.percentDecoded(rest.dropFirst(rootPath.count))
            if inside.isEmpty || inside.hasSuffix("/") {
                target = inside + "index.html"
            } else if paths.contains(inside) {
                target = inside
            } else if paths.contains(inside + "/index.html") {
                target = inside + "/index.html"
            } else {
                return "there is no \(inside) in the site"
            }
            guard paths.contains(target) else { return "there is no page at \(rest)" }
        }
        if let fragment, !fragment.isEmpty, let pageIDs = ids[target] {
            let id = URLPath.percentDecoded(fragment)
            guard pageIDs.contains(id) else { return "\(target == page ? "this page" : String(rest)) has no #\(id)" }
        }
        return nil
    }

    /// Whether `url` is one the site serves (root-relative, or a fragment or query alone),
    /// rather than another site's or another scheme's.
    static func isInternal(_ url: String) -> Bool {
        (url.hasPrefix("/") && !url.hasPrefix("//")) || url.hasPrefix("#") || url.hasPrefix("?")
    }
}
