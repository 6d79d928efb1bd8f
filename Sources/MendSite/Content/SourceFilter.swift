/// Which files under a site's source folders Mend ignores: hidden files and folders, and the
/// backups, swap and temporary files editors and tools leave beside the real ones. They are
/// never read, never built and never published.
public enum SourceFilter {
    /// Endings of backup and temporary files, compared without regard to letter case.
    public static let ignoredEndings = ["~", ".bak", ".orig", ".rej", ".tmp", ".temp", ".swp", ".swo", ".swx"]

    /// Hidden names that `static/` publishes all the same, since hosts read them:
    /// `.well-known/` (security.txt, …), `.nojekyll` (GitHub Pages) and `.htaccess` (Apache).
    public static let publishedHiddenNames: Set<String> = [".well-known", ".nojekyll", ".htaccess"]

    /// Whether the file or folder named `name` is ignored: hidden (`.git`, `.DS_Store`,
    /// `.draft.md.swp`), an editor backup (`post.md~`, `#post.md#`) or a temporary file.
    /// - Parameter inStatic: Whether it is under `static/`, where ``publishedHiddenNames`` are kept.
    public static func isIgnored(name: some StringProtocol, inStatic: Bool = false) -> Bool {
        guard let first = name.first else { return true }
        if first == "." { return !(inStatic && publishedHiddenNames.contains(String(name))) }
        if first == "#" && name.hasSuffix("#") { return true }
        let lowered = name.lowercased()
        return ignoredEndings.contains { lowered.hasSuffix($0) }
    }

    /// Whether any component of `path` is ignored.
    public static func isIgnored(path: String) -> Bool {
        let inStatic = path.hasPrefix("static/")
        return path.split(separator: "/").contains { isIgnored(name: $0, inStatic: inStatic) }
    }
}
