import Foundation
import MendDefaultTheme
import MendSite

/// Turns the paths a watcher reported into edits for ``IncrementalBuild/update(_:observe:)``:
/// each path is read again as ``SourceTreeReader`` reads the whole tree (a file, or a folder
/// with everything in it, links followed, ignored names skipped), and what the build held
/// at or under it and is no longer there is removed. A template removed from `templates/`
/// falls back to the default theme's file, as a full read does.
///
/// ```swift
/// let refresh = SourceRefresh(root: URL(fileURLWithPath: "."))
/// let (changes, problems, _) = refresh.changes(for: ["content/posts/a.md"], known: build.currentPaths)
/// ```
public struct SourceRefresh: Sendable {
    public let reader: SourceTreeReader

    /// - Parameter jobs: How many files are read at once (`--jobs`), all cores when `nil`.
    public init(root: URL, jobs: Int? = nil) {
        reader = SourceTreeReader(root: root, jobs: jobs)
    }

    /// The edits that bring a build holding `known` (paths, relative to the root) up to date
    /// with what is on disk at `paths`, what could not be read there, and the paths read
    /// again (the outermost of `paths` that lie in the source folders).
    /// - Parameter paths: Relative to the root: files or folders, existing or gone. Paths
    ///   outside the source folders, and ignored names, are left out.
    public func changes(for paths: some Sequence<String>, known: some Sequence<String>)
        -> (changes: [SourceChange], diagnostics: [Diagnostic], read: [String]) {
        let roots = Self.outermost(paths.filter(Self.isSourcePath))
        guard !roots.isEmpty else { return ([], [], []) }
        var changes: [SourceChange] = []
        var diagnostics: [Diagnostic] = []
        var found: Set<String> = []
        for path in roots {
            let tree = reader.readTree(of: path)
            diagnostics += tree.diagnostics
            for file in tree.files where !SourceFilter.isIgnored(path: file.path) {
                found.insert(file.path)
                changes.append(.write(file))
            }
        }
        let defaults = Dictionary(DefaultTheme.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for path in known where roots.contains(where: { Self.path(path, isAtOrUnder: $0) }) && !found.contains(path) {
            // A file that could not be read stays as the build had it: the error says why.
            if diagnostics.contains(where: { $0.location.path == path }) { continue }
            changes.append(defaults[path].map(SourceChange.write) ?? .remove(path))
        }
        return (changes, diagnostics, roots)
    }

    /// Whether `path` is a source folder or lies under one, with no ignored component.
    public static func isSourcePath(_ path: String) -> Bool {
        guard let top = path.split(separator: "/").first, SourceTreeReader.folders.contains(String(top)) else { return false }
        return !SourceFilter.isIgnored(path: path) && !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }

    public static func path(_ path: String, isAtOrUnder folder: String) -> Bool {
        path == folder || (path.hasPrefix(folder) && path.utf8.dropFirst(folder.utf8.count).first == UInt8(ascii: "/"))
    }

    /// The paths none of the others lie under, sorted.
    public static func outermost(_ paths: [String]) -> [String] {
        var kept: [String] = []
        for path in Set(paths).sorted() where !kept.contains(where: { Self.path(path, isAtOrUnder: $0) }) {
            kept.append(path)
        }
        return kept
    }
}
