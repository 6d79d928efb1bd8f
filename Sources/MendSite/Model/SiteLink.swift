/// A link of a page's text as the site's own URL it goes to, if it is one.
enum SiteLink {
    /// The root-relative path of `href` (as written into a page, resolved against its
    /// folder) when it points into the site: a root-relative path, or an absolute URL under
    /// `base_url`; without its query and fragment, with `.` and `..` segments resolved and
    /// a trailing slash, as page URLs have. `nil` for other sites and other schemes.
    static func path(of href: String, in config: SiteConfig) -> String? {
        // Byte by byte: every separator is ASCII (this runs for every link of every page).
        var bytes = Substring(href).utf8
        if let cut = bytes.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) { bytes = bytes[..<cut] }
        let origin = config.baseURL.utf8.dropLast(config.rootPath.utf8.count)
        if !origin.isEmpty && bytes.starts(with: origin) { bytes = bytes.dropFirst(origin.count) }
        guard bytes.first == UInt8(ascii: "/"), bytes.dropFirst().first != UInt8(ascii: "/") else { return nil }
        var segments: [Substring.UTF8View.SubSequence] = []
        for segment in bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
            if segment.elementsEqual(".".utf8) { continue }
            if segment.elementsEqual("..".utf8) {
                if !segments.isEmpty { segments.removeLast() }
                continue
            }
            segments.append(segment)
        }
        if let last = segments.last, last.elementsEqual("index.html".utf8) { segments.removeLast() }
        var path: [UInt8] = [UInt8(ascii: "/")]
        for segment in segments {
            path += segment
            path.append(UInt8(ascii: "/"))
        }
        return String(decoding: path, as: UTF8.self)
    }
}
