import Foundation

/// A copy of a fixture site in a new temporary folder, removed by ``remove()``.
struct TemporarySite {
    let root: URL

    /// Copies `Tests/Fixtures/<fixture>`; fails when the fixture is missing.
    init(_ fixture: String) throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/\(fixture)")
        guard FileManager.default.fileExists(atPath: source.appendingPathComponent("content/site.yml").path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: source.path])
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mend-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        root = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: source, to: root)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file under `folder`, relative to it, sorted.
    func files(under folder: String) -> [String] {
        let base = root.appendingPathComponent(folder).path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var found: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder), !isFolder.boolValue { found.append(path) }
        }
        return found.sorted()
    }

    /// Adds a comment endpoint to site.yml, so pages show the comment form.
    func enableComments() throws {
        let config = try read("content/site.yml")
        try write("content/site.yml", config + "comments:\n  endpoint: https://comments.example.org/v3/entry/github/x/y/main/comments\n")
    }
}
