/// A link of a page's text as the site's own URL it goes to, if it is one.
enum SiteLink {
    /// The root-relative path of `href` (as written into a page, resolved against its
    /// folder) when it points into the site: a root-relative path, or an absolute URL under
    /// `base_url`; without its query and fragment, with `.` and `..` segments resolved and
    /// a trailing slash, as page URLs have. `nil` for other sites and other schemes.
    static func path(of href: String, in config: SiteConfig) -> String? {
        var path = Substring(href)
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = path[..<cut] }
        let origin = config.baseURL.dropLast(config.rootPath.count)
        if !origin.isEmpty && path.hasPrefix(origin) { path = path.dropFirst(origin.count) }
        guard path.hasPrefix("/"), !path.hasPrefix("//") else { return nil }
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        if segments.last == "index.html" { segments.removeLast() }
        return "/" + segments.map { $0 + "/" }.joined()
    }
}
