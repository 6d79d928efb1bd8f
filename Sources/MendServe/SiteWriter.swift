#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CMendSystem
import MendSite

/// Writes a built site into its output folder all at once. The files go into a staging
/// folder beside the output (``StagingArea``), which then trades places with the output
/// folder in one step (`renameat2(RENAME_EXCHANGE)` on Linux, `renamex_np(RENAME_SWAP)`
/// on macOS): killed at any instant, the output folder is the complete old site or the
/// complete new one. Where the file system cannot exchange, two renames are the best it
/// offers; a build stopped between them leaves the old site in the staging folder, and the
/// next build puts it back. A failed write leaves the output folder exactly as it was.
public struct SiteWriter: Sendable {
    public let output: OutputFolder
    /// Deletes the replaced site and the leftovers of interrupted builds in the background.
    public let remover: TreeRemover

    public init(output: OutputFolder, remover: TreeRemover = TreeRemover()) {
        self.output = output
        self.remover = remover
    }

    /// Writes `files` and swaps them in; the replaced site is removed in the background
    /// (``TreeRemover/waitUntilIdle()`` waits for that).
    /// - Throws: ``FileFailure`` when a file cannot be written or the folders cannot be
    ///   swapped, ``SiteWriterError`` for an output path that would leave the folder.
    public func write(_ files: [OutputFile]) throws {
        for leftover in StagingArea.leftovers(beside: output.path) { remover.removeInBackground(leftover, lastFile: StagingArea.markerName) }
        try PosixFiles.makeDirectory(output.path.parent.path)
        let staging = try StagingArea(beside: output.path)
        defer { staging.release() }
        do {
            try write(files, into: staging.site)
            try swapIn(staging)
        } catch {
            remover.removeInBackground(staging.path, lastFile: StagingArea.markerName)
            throw error
        }
        remover.removeInBackground(staging.path, lastFile: StagingArea.markerName)
    }
}

/// An output file whose path would leave the output folder.
public enum SiteWriterError: Error, CustomStringConvertible, Equatable {
    case unsafePath(String)

    public var description: String {
        switch self {
        case .unsafePath(let path):
            return "\(path): error: an output path must stay inside the output folder"
        }
    }
}

private extension SiteWriter {
    /// Writes every file under `folder`, each folder created once.
    func write(_ files: [OutputFile], into folder: String) throws {
        var folders: Set<Substring> = []
        for file in files {
            let components = file.path.split(separator: "/", omittingEmptySubsequences: false)
            guard !file.path.hasPrefix("/"), !components.isEmpty,
                  !components.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
                throw SiteWriterError.unsafePath(file.path)
            }
            if let slash = file.path.lastIndex(of: "/"), folders.insert(file.path[..<slash]).inserted {
                try PosixFiles.makeDirectory(folder + "/" + file.path[..<slash])
            }
            try PosixFiles.write(file.bytes, to: folder + "/" + file.path)
        }
    }

    /// Puts the staging folder's site in the output's place; the replaced site ends up in the
    /// staging folder.
    func swapIn(_ staging: StagingArea) throws {
        let target = output.path.path
        guard PosixFiles.exists(target) else {
            guard rename(staging.site, target) == 0 else { throw FileFailure(path: target, operation: .rename, code: errno) }
            return
        }
        if mend_exchange_paths(staging.site, target) == 0 { return }
        let code = errno
        guard code == EINVAL || code == ENOSYS || code == ENOTSUP else {
            throw FileFailure(path: target, operation: .rename, code: code)
        }
        // No exchange here: two renames, and the next build repairs a stop between them.
        guard rename(target, staging.replaced) == 0 else { throw FileFailure(path: target, operation: .rename, code: errno) }
        guard rename(staging.site, target) == 0 else {
            let failure = FileFailure(path: target, operation: .rename, code: errno)
            _ = rename(staging.replaced, target)
            throw failure
        }
    }
}
