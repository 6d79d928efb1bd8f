import Foundation
import MendDefaultTheme
import MendSite

/// Reads a site's source folder: everything under `content/` and `templates/`.
public struct SourceTreeReader: Sendable {
    /// The folders, relative to the source root, that hold a site's sources.
    public static let folders = ["content", "templates"]

    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// Every regular file under the source folders, sorted by path; hidden files are skipped.
    /// - Throws: when a folder cannot be listed or a file cannot be read.
    public func read() throws -> [SourceFile] {
        var files: [SourceFile] = []
        for folder in Self.folders {
            let base = root.appendingPathComponent(folder)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isDirectory), isDirectory.boolValue
            else { continue }
            for relative in try listFiles(under: base) {
                let data = try Data(contentsOf: base.appendingPathComponent(relative))
                files.append(SourceFile(path: "\(folder)/\(relative)", bytes: [UInt8](data)))
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// ``read()``, plus the default theme's files for every template and asset the site does
    /// not have itself (a site's `templates/` overrides the default theme file by file).
    public func readWithDefaultTheme() throws -> [SourceFile] {
        let own = try read()
        let ownPaths = Set(own.map(\.path))
        return (own + DefaultTheme.files.filter { !ownPaths.contains($0.path) }).sorted { $0.path < $1.path }
    }

    /// Relative paths of the regular files under `base`, skipping hidden files and folders.
    private func listFiles(under base: URL) throws -> [String] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { return [] }
        let prefix = base.standardizedFileURL.path + "/"
        var paths: [String] = []
        for case let url as URL in enumerator where try url.resourceValues(forKeys: Set(keys)).isRegularFile == true {
            let path = url.standardizedFileURL.path
            if path.hasPrefix(prefix) { paths.append(String(path.dropFirst(prefix.count))) }
        }
        return paths
    }
}
