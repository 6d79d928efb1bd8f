import Foundation
import MendServe
import MendSite

/// Paths and helpers for building whole sites in tests.
enum Fixtures {
    /// The package root (holding content/, templates/, Tests/).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/<name>`.
    static func site(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/Fixtures/\(name)")
    }

    /// Builds the site at `root` with the library, as `mend build` does.
    static func build(_ root: URL, options: BuildOptions = BuildOptions()) throws -> BuildResult {
        let tree = SourceTreeReader(root: root).readTreeWithDefaultTheme()
        if tree.failed { throw SourceReadError(diagnostics: tree.diagnostics) }
        return SiteBuilder(options: options).build(tree.files)
    }

    /// Every file under `folder`, by relative path.
    static func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return result }
        while let relative = enumerator.nextObject() as? String {
            if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeRegular {
                result[relative] = try Data(contentsOf: folder.appendingPathComponent(relative))
            }
        }
        return result
    }

    /// What a build would write, by path: each file's bytes, a copied file's read from its source.
    static func written(_ result: BuildResult) throws -> [String: [UInt8]] {
        try Dictionary(uniqueKeysWithValues: result.files.map { file in
            (file.path, try file.source.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0.path))) } ?? file.bytes)
        })
    }

    /// The built file at `path` as text.
    static func text(_ result: BuildResult, _ path: String) -> String? {
        result.files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }
}

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("mend-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `files` (`[relative path: text]`) into the folder.
    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }

    /// Copies `Tests/Fixtures/<name>` to `<folder>/site`, open to every user (so a test can
    /// build it as an unprivileged user), and returns its URL.
    func copySite(_ name: String) throws -> URL {
        let site = url.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site(name), to: site)
        for path in [url.path] + (FileManager.default.subpaths(atPath: site.path) ?? []).map({ site.path + "/" + $0 }) + [site.path] {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            chmod(path, isDirectory.boolValue ? 0o777 : 0o666)
        }
        return site
    }

    /// The names in `relative` (a folder inside this one), sorted.
    func names(in relative: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path + "/" + relative).sorted()
    }

    /// Every file under the folder, by relative path.
    func contents() throws -> [String: Data] {
        try Fixtures.files(in: url)
    }
}
