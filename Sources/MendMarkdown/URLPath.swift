/// Joining and normalising URL paths: `/guides/g/first/` + `../pause/` -> `/guides/g/pause/`,
/// with no `.` or `..` segment left and never above the root.
public enum URLPath {
    /// `reference` (a relative path, perhaps with `?query` and `#fragment`) resolved against
    /// the folder `base` (ending in `/`), normalised.
    public static func resolve(_ reference: String, against base: String) -> String {
        let cut = reference.firstIndex { $0 == "?" || $0 == "#" } ?? reference.endIndex
        return normalize(base + reference[..<cut]) + reference[cut...]
    }

    /// `path` with `.` and `..` segments resolved (a `..` at the root stays at the root) and
    /// empty segments kept as they are but for the first; a trailing `/` is kept.
    public static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var segments: [Substring] = []
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        for (position, part) in parts.enumerated() {
            let isLast = position == parts.count - 1
            switch part {
            case ".":
                if isLast { segments.append("") }
            case "..":
                if !segments.isEmpty && !(segments.count == 1 && absolute && segments[0].isEmpty) { segments.removeLast() }
                if isLast { segments.append("") }
            default:
                segments.append(part)
            }
        }
        var joined = segments.joined(separator: "/")
        if absolute {
            // Never `//host/…`, which a browser reads as another site.
            while joined.hasPrefix("/") { joined.removeFirst() }
            joined = "/" + joined
        }
        return joined
    }

    /// `%20` and the other `%XX` escapes decoded (as UTF-8, invalid sequences replaced);
    /// anything else as it is: `my%20notes.md` -> `my notes.md`.
    public static func percentDecoded(_ text: Substring) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var rest = Array(text.utf8)[...]
        while let byte = rest.popFirst() {
            if byte == UInt8(ascii: "%"), rest.count >= 2, let value = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16),
               rest.prefix(2).allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 102) }) {
                bytes.append(value)
                rest = rest.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
