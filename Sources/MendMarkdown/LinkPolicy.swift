/// Decides what a link's or image's URL becomes in the HTML: dropped when its scheme can run
/// code or read local files, prefixed with the site's root path when it is site-absolute.
struct LinkPolicy: Sendable {
    /// The site's path prefix, `/` or `/blog/`.
    let rootPath: String
    /// Where relative URLs resolve from (``MarkdownOptions/basePath``).
    let basePath: String?
    /// The only schemes allowed (``MarkdownOptions/linkSchemes``); `nil` for any safe one.
    var schemes: Set<String>? = nil

    /// Whether `url`'s scheme is one of ``schemes`` (or it has none, or any is allowed).
    func allowsScheme(of url: String) -> Bool {
        guard let schemes, let scheme = LinkPolicy.scheme(of: url) else { return true }
        return schemes.contains(scheme)
    }

    /// The URL to write into `href`/`src` (before escaping), or `nil` when it must be dropped.
    /// - Parameters:
    ///   - url: The destination as cmark decoded it (entities and backslash escapes resolved).
    ///   - isImage: Images may also use `data:image/png|gif|jpeg|webp`.
    func destination(for url: String, isImage: Bool) -> String? {
        if LinkPolicy.hasUnsafeScheme(url, isImage: isImage) { return nil }
        if let basePath, LinkPolicy.isRelativePath(url) { return basePath + url }
        guard url.hasPrefix("/"), !url.hasPrefix("//") else { return url }
        let prefix = rootPath.hasSuffix("/") ? String(rootPath.dropLast()) : rootPath
        return prefix + url
    }

    /// Whether a browser would read `url` as `javascript:`, `vbscript:`, `file:` or `data:`
    /// (other than an image's `data:image/png|gif|jpeg|webp`).
    ///
    /// As the WHATWG URL parser, leading C0 controls and spaces are ignored, tabs and newlines
    /// anywhere are removed, and the scheme is compared case-insensitively.
    static func hasUnsafeScheme(_ url: String, isImage: Bool) -> Bool {
        let normalized = normalized(url)
        guard let colon = normalized.firstIndex(of: ":") else { return false }
        switch normalized[..<colon] {
        case "javascript", "vbscript", "file":
            return true
        case "data":
            guard isImage else { return true }
            let mediaType = normalized[normalized.index(after: colon)...].prefix { $0 != ";" && $0 != "," }
            return !safeImageTypes.contains(String(mediaType))
        default:
            return false
        }
    }
}

private extension LinkPolicy {
    /// As a browser reads it: leading C0 controls and spaces ignored, tabs and newlines removed, lowercase.
    static func normalized(_ url: String) -> String {
        String(String.UnicodeScalarView(
            url.unicodeScalars
                .drop(while: { $0.value <= 0x20 })
                .filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        )).lowercased()
    }

    /// The URL's scheme, lowercase (`mailto`), or `nil` when it has none: a letter, then letters,
    /// digits, `+`, `-` or `.`, then a colon.
    static func scheme(of url: String) -> String? {
        let normalized = normalized(url)
        guard let colon = normalized.firstIndex(of: ":") else { return nil }
        let scheme = normalized[..<colon]
        guard let first = scheme.unicodeScalars.first, ("a"..."z").contains(first),
              scheme.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
        else { return nil }
        return String(scheme)
    }

    /// `lake.png`, `../notes/`: no scheme, not site-absolute, not a fragment or query alone.
    static func isRelativePath(_ url: String) -> Bool {
        guard let first = url.first, first != "/", first != "#", first != "?" else { return false }
        let beforeSlash = url.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !beforeSlash.contains(":")
    }

    /// Raster image types a `data:` image may have: they cannot carry script.
    static let safeImageTypes: Set<String> = ["image/png", "image/gif", "image/jpeg", "image/webp"]
}
