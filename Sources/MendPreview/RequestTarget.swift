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
            guard let name = Self.decode(part), !name.isEmpty, name != ".", name != "..",
                  !name.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7f })
            else { return nil }
            segments.append(name)
        }
        self.segments = segments
    }

    /// Percent-decoded UTF-8; `nil` for a malformed escape or bytes that are not valid UTF-8
    /// (overlong forms and surrogates included).
    private static func decode(_ part: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(part.utf8.count)
        var iterator = part.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
