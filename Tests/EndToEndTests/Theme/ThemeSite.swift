import MendDefaultTheme
import MendSite
import Testing

/// A small site built in memory with the default theme, for tests of what its pages show.
enum ThemeSite {
    /// Builds `files` (path: text) with the default theme, strictly; the pages by path.
    static func build(_ files: [String: String]) throws -> [String: String] {
        let result = SiteBuilder(options: BuildOptions(strict: true)).build(sources(files))
        try #require(result.succeeded, "\(result.diagnostics)")
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    /// `files` (path: text) with the default theme's files the site does not have itself, by path.
    static func sources(_ files: [String: String]) -> [SourceFile] {
        let own = files.map { SourceFile(path: $0.key, text: $0.value) }
        let paths = Set(files.keys)
        return (own + DefaultTheme.files.filter { !paths.contains($0.path) }).sorted { $0.path < $1.path }
    }

    /// Every `id="…"` of a page that appears more than once.
    static func duplicateIDs(_ html: String) -> [String] {
        var seen: [String: Int] = [:]
        for match in html.matches(of: /\sid="([^"]+)"/) { seen[String(match.1), default: 0] += 1 }
        return seen.filter { $0.value > 1 }.map(\.key).sorted()
    }
}
