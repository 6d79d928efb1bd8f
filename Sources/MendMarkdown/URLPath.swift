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
        if absolute && !joined.hasPrefix("/") { joined = "/" + joined }
        return joined
    }
}
