import Foundation
import MendSite

/// Writes a built site into its output folder all at once: the files go into a
/// temporary sibling folder, which replaces the output folder only when every file
/// was written. A failed write leaves the output folder exactly as it was.
public struct SiteWriter: Sendable {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// Writes `files` and swaps them in.
    /// - Throws: ``SiteWriterError`` when the output folder may not be replaced or a file cannot be written.
    public func write(_ files: [OutputFile], sourceRoot: URL) throws {
        try checkOutputFolder(sourceRoot: sourceRoot.standardizedFileURL)
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).mend-\(UUID().uuidString)")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            try write(files, into: staging)
            try swapIn(staging)
        } catch {
            try? PosixFiles.removeTree(staging.path)
            throw error
        }
    }
}

/// Why the output folder was not written.
public enum SiteWriterError: Error, CustomStringConvertible, Equatable {
    case wouldReplaceSources(String)
    case notASiteFolder(String)
    case unsafePath(String)

    public var description: String {
        switch self {
        case .wouldReplaceSources(let path):
            return "\(path): the output folder would replace the site's sources: choose another --output"
        case .notASiteFolder(let path):
            return "\(path): refusing to replace a folder that holds other files and no index.html: choose an empty or new --output folder"
        case .unsafePath(let path):
            return "\(path): an output path must stay inside the output folder"
        }
    }
}

private extension SiteWriter {
    func checkOutputFolder(sourceRoot: URL) throws {
        let outputPath = output.path, sourcePath = sourceRoot.path
        if sourcePath == outputPath || sourcePath.hasPrefix(outputPath.hasSuffix("/") ? outputPath : outputPath + "/") {
            throw SiteWriterError.wouldReplaceSources(outputPath)
        }
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: outputPath, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw SiteWriterError.notASiteFolder(outputPath) }
        let contents = try fileManager.contentsOfDirectory(atPath: outputPath)
        if !contents.isEmpty && !contents.contains("index.html") {
            throw SiteWriterError.notASiteFolder(outputPath)
        }
    }

    /// Writes every file under `folder`, each folder created once.
    func write(_ files: [OutputFile], into folder: URL) throws {
        var folders: Set<String> = []
        for file in files {
            let components = file.path.split(separator: "/")
            guard !file.path.hasPrefix("/"), !components.isEmpty,
                  !components.contains(where: { $0 == ".." || $0 == "." }) else {
                throw SiteWriterError.unsafePath(file.path)
            }
            let parent = components.dropLast().joined(separator: "/")
            if !parent.isEmpty, folders.insert(parent).inserted {
                try PosixFiles.makeDirectory(folder.path + "/" + parent)
            }
            try PosixFiles.write(file.bytes, to: folder.path + "/" + file.path)
        }
    }

    /// Moves the staging folder into place; the old output, if any, is removed afterwards.
    func swapIn(_ staging: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: staging, to: output)
            return
        }
        let old = staging.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).old-\(UUID().uuidString)")
        try fileManager.moveItem(at: output, to: old)
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            try? fileManager.moveItem(at: old, to: output)
            throw error
        }
        PosixFiles.removeInBackground(old.path)
    }
}
