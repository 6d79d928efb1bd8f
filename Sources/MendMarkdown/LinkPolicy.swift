/// Decides what a link's or image's URL becomes in the HTML: dropped when its scheme can run
/// code or read local files, prefixed with the site's root path when it is site-absolute.
struct LinkPolicy: Sendable {
    /// The site's path prefix, `/` or `/blog/`.
    let rootPath: String
    /// Where relative URLs resolve from (``MarkdownOptions/basePath``).
    let basePath: String?
    /// Where the Markdown is (``MarkdownOptions/sourceFolder``): page links are deferred.
    var sourceFolder: String? = nil
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
        if let basePath, LinkPolicy.isRelativePath(url) { return URLPath.resolve(url, against: basePath) }
        guard url.hasPrefix("/"), !url.hasPrefix("//") else { return url }
        let prefix = rootPath.hasSuffix("/") ? String(rootPath.dropLast()) : rootPath
        return prefix + url
    }

    /// For a link in content text (``sourceFolder`` set): what the site resolves later, a
    /// Markdown file or a relative reference to a page; `nil` for every other URL (with a
    /// scheme, root-relative, a fragment or query alone, a file with another extension).
    func deferredTarget(for url: String) -> DeferredLink.Target? {
        guard let sourceFolder else { return nil }
        // Byte by byte: every character looked for is ASCII, and a URL is not text to split
        // into graphemes (this runs for every link of every page).
        let bytes = url.utf8
        let cut = bytes.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.endIndex
        let path = url[..<cut]
        if bytes.first == UInt8(ascii: "/") && bytes.dropFirst().first != UInt8(ascii: "/") {
            // `/posts/x.md`: a content file named from content/.
            guard Markdown.fileExtensions.contains(Self.fileExtension(of: Self.lastName(in: path, skippingEmpty: true))) else { return nil }
            return .file(path: URLPath.normalize("content" + URLPath.percentDecoded(path)), suffix: String(url[cut...]))
        }
        guard LinkPolicy.isRelativePath(url) else { return nil }
        // `notes/`, `..`, `README`: a page, not a file.
        let ending = Self.fileExtension(of: Self.lastName(in: path, skippingEmpty: false))
        guard !ending.isEmpty else { return .relative(url) }
        guard Markdown.fileExtensions.contains(ending) else { return nil }
        return .file(path: URLPath.normalize(sourceFolder + URLPath.percentDecoded(path)), suffix: String(url[cut...]))
    }

    /// The part of `path` after its last `/` (after its last non-empty one when `skippingEmpty`,
    /// as `split(separator: "/").last` gives it; empty when there is none).
    static func lastName(in path: Substring, skippingEmpty: Bool) -> Substring {
        var end = path.utf8.endIndex
        if skippingEmpty {
            while end > path.utf8.startIndex, path.utf8[path.utf8.index(before: end)] == UInt8(ascii: "/") {
                end = path.utf8.index(before: end)
            }
        }
        let trimmed = path[..<end]
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")) else { return trimmed }
        return trimmed[trimmed.utf8.index(after: slash)...]
    }

    /// `notes.MD` -> `md`; `README`, `.profile` -> empty (a leading dot starts no extension).
    static func fileExtension(of name: Substring) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }

    /// Whether a browser would read `url` as `javascript:`, `vbscript:`, `file:` or `data:`
    /// (other than an image's `data:image/png|gif|jpeg|webp`).
    ///
    /// As the WHATWG URL parser, leading C0 controls and spaces are ignored, tabs and newlines
    /// anywhere are removed, and the scheme is compared case-insensitively.
    static func hasUnsafeScheme(_ url: String, isImage: Bool) -> Bool {
        guard let (scheme, afterColon) = schemeAndRest(of: url) else { return false }
        switch scheme {
        case "javascript", "vbscript", "file":
            return true
        case "mend":  // the placeholders of deferred links (``DeferredLink``): never written by hand
            return true
        case "data":
            guard isImage else { return true }
            var mediaType: [UInt8] = []
            for byte in url.utf8[afterColon...] {
                if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",") { break }
                if isRemoved(byte) { continue }
                mediaType.append(lowercased(byte))
                if mediaType.count > 16 { return true }
            }
            return !safeImageTypes.contains(String(decoding: mediaType, as: UTF8.self))
        default:
            return false
        }
    }
}

private extension LinkPolicy {
    /// The URL's scheme as a browser reads it (leading C0 controls and spaces ignored, tabs
    /// and newlines removed, ASCII letters lowercased), and where the text after its colon
    /// starts; `nil` when it has none: a letter, then letters, digits, `+`, `-` or `.`, then a
    /// colon. Works on UTF-8 bytes: a scheme is ASCII, so no Unicode case mapping is needed.
    static func schemeAndRest(of url: String) -> (String, String.UTF8View.Index)? {
        var scheme: [UInt8] = []
        var index = url.utf8.startIndex
        let end = url.utf8.endIndex
        while index < end, url.utf8[index] <= 0x20 { index = url.utf8.index(after: index) }
        while index < end {
            let byte = url.utf8[index]
            index = url.utf8.index(after: index)
            if byte == UInt8(ascii: ":") {
                return scheme.isEmpty ? nil : (String(decoding: scheme, as: UTF8.self), index)
            }
            if isRemoved(byte) { continue }
            let lower = lowercased(byte)
            let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower)
            let isOther = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower) || lower == UInt8(ascii: "+")
                || lower == UInt8(ascii: "-") || lower == UInt8(ascii: ".")
            guard isLetter || (!scheme.isEmpty && isOther) else { return nil }
            scheme.append(lower)
        }
        return nil
    }

    /// The URL's scheme, lowercase (`mailto`), or `nil` when it has none.
    static func scheme(of url: String) -> String? {
        schemeAndRest(of: url)?.0
    }

    /// Tabs and newlines: a browser removes them from anywhere in a URL.
    static func isRemoved(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// `lake.png`, `../notes/`: no scheme, not site-absolute, not a fragment or query alone.
    static func isRelativePath(_ url: String) -> Bool {
        let bytes = url.utf8
        guard let first = bytes.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "#"), first != UInt8(ascii: "?") else { return false }
        for byte in bytes {
            if byte == UInt8(ascii: ":") { return false }
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { return true }
        }
        return true
    }

    /// Raster image types a `data:` image may have: they cannot carry script.
    static let safeImageTypes: Set<String> = ["image/png", "image/gif", "image/jpeg", "image/webp"]
}
