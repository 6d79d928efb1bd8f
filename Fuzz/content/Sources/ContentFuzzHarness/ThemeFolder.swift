import Foundation
import MendSite

/// Reads a theme folder from disk, for the fuzzer and the replay test (never the core).
public enum ThemeFolder {
    /// The repository this file is in: `Fuzz/content/Sources/ContentFuzzHarness/` holds this file.
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Every file under `folder`, as `templates/<relative path>` sources, sorted by path.
    /// - Throws: When the folder cannot be read.
    public static func read(_ folder: URL = repository.appendingPathComponent("templates")) throws -> [SourceFile] {
        let root = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: root) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: root])
        }
        var files: [SourceFile] = []
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = root + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            files.append(SourceFile(path: "templates/" + relative, bytes: [UInt8](data)))
        }
        guard !files.isEmpty else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: root]) }
        return files.sorted { $0.path < $1.path }
    }
}
