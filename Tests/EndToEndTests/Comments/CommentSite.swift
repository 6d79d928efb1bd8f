import Foundation
import MendSite

/// A fresh copy of the `valid-blog` fixture in a temporary folder, for `mend comments` tests:
/// runs the built `mend` against it and reads its comment files.
struct CommentSite {
    let folder: TemporaryFolder
    /// The site's folder (holding content/).
    var root: URL { folder.url.appendingPathComponent("site") }

    init() throws {
        folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: Fixtures.site("valid-blog"), to: root)
    }

    func remove() {
        folder.remove()
    }

    /// `mend comments <arguments> --source <root>`.
    func comments(_ arguments: [String], input: Data? = nil) throws -> MendProcess.Outcome {
        try MendProcess.run(["comments"] + arguments + ["--source", root.path], input: input)
    }

    /// `mend build --source <root> --output <folder>/out`, with `--strict` when asked.
    func build(strict: Bool = false) throws -> MendProcess.Outcome {
        try MendProcess.run(["build", "--quiet", "--source", root.path, "--output", folder.url.appendingPathComponent("out").path]
            + (strict ? ["--strict"] : []))
    }

    /// A file `mend build` wrote, as text.
    func built(_ path: String) -> String? {
        FileManager.default.contents(atPath: folder.url.appendingPathComponent("out/\(path)").path)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// Adds `lines` (indented YAML under `comments:`) to site.yml.
    func setComments(_ lines: String) throws {
        let url = root.appendingPathComponent("content/site.yml")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        try Data((text + "comments:\n" + lines).utf8).write(to: url)
    }

    /// Replaces a content file (path relative to the site).
    func writeFile(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }

    /// Writes comment files (`[path under content/comments/: text]`).
    func writeComments(_ files: [String: String]) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent("content/comments/\(path)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Every file under content/comments/ (hidden ones too), by path under it.
    func commentFiles() throws -> [String: Data] {
        try Fixtures.files(in: root.appendingPathComponent("content/comments"))
    }

    /// The file at `path` (relative to the site) as text, or `nil` when it does not exist.
    func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// The comment in the file `mend comments add` printed.
    func parsedComment(printedBy outcome: MendProcess.Outcome) -> (Comment?, [Diagnostic]) {
        let path = outcome.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        return Comment.parse(text(path) ?? "", path: path)
    }
}
