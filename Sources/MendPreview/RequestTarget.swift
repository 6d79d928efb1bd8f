/// The file a request's path asks for, decoded strictly: a path that could reach outside
/// the site in any spelling (`..`, `%2e%2e`, an encoded `/` or `\`, a backslash, bytes that
/// are not UTF-8, overlong UTF-8, control characters, empty segments) is no path at all,
/// and is answered with 404.
struct RequestTarget: Equatable, Sendable {
    /// Decoded, each a plain name.
    let segments: [String]
    /// The path ends in `/` (a folder, answered with its `index.html`).
    let isFolder: Bool
    /// What followed `?`, kept for redirects.
    let query: String?

    /// `segments` joined with `/`, without leading or trailing slash.
    var path: String { segments.joined(separator: "/") }

    /// Parses the path part of a request target (`/posts/a%20b/?x=1`).
    init?(_ raw: String) {
        var text = Substring(raw)
        if let hash = text.firstIndex(of: "#") { text = text[..<hash] }
        if let mark = text.firstIndex(of: "?") {
            query = String(text[text.index(after: mark)...])
            text = text[..<mark]
        } else {
            query = nil
        }
        guard text.first == "/" else { return nil }
        var parts = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        isFolder = parts.last?.isEmpty ?? true
        if isFolder { parts.removeLast() }
        var segments: [String] = []
        for part in parts {
            guard let name = PercentDecoding.decode(part.utf8, plusIsSpace: false), !name.isEmpty, name != ".", name != "..",
                  !name.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7f })
            else { return nil }
            segments.append(name)
        }
        self.segments = segments
    }
}
