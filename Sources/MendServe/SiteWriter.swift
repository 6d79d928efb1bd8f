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
        let site = try begin()
        do {
            for file in files { try site.write(file) }
        } catch {
            site.abandon()
            throw error
        }
        try site.finish()
    }

    /// Starts a new site in a staging folder, for files written as they are made (from
    /// several threads at once); ``StagedSite/finish()`` swaps it in, ``StagedSite/abandon()``
    /// throws it away. Leftovers of interrupted builds are removed first.
    public func begin() throws -> StagedSite {
        for leftover in StagingArea.leftovers(beside: output.path) {
            try? remover.remove(leftover, lastFile: StagingArea.markerName)
        }
        try PosixFiles.makeDirectory(output.path.parent.path)
        return StagedSite(writer: self, staging: try StagingArea(beside: output.path))
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

extension SiteWriter {
    /// Writes one file under `folder`, creating its folder unless `made` says it exists. A
    /// failure names the file as it would be in the output folder, not in the staging folder.
    func write(_ file: OutputFile, into folder: String, made: (Substring) -> Bool) throws {
        let components = file.path.split(separator: "/", omittingEmptySubsequences: false)
        guard !file.path.hasPrefix("/"), !components.isEmpty,
              !components.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
            throw SiteWriterError.unsafePath(file.path)
        }
        do {
            if let slash = file.path.lastIndex(of: "/"), !made(file.path[..<slash]) {
                try PosixFiles.makeDirectory(folder + "/" + file.path[..<slash])
            }
            if let source = file.source {
                try PosixFiles.copy(source.path, shownAs: source.path, to: folder + "/" + file.path)
            } else {
                try PosixFiles.write(file.bytes, to: folder + "/" + file.path)
            }
        } catch let failure as FileFailure {
            throw FileFailure(path: output.shownAs + "/" + file.path, operation: failure.operation, code: failure.code)
        }
    }

    /// Puts the staging folder's site in the output's place; the replaced site ends up in the
    /// staging folder. Works inside the output's parent folder, held open and checked again
    /// (by identity) right before, so a link made meanwhile cannot redirect the swap.
    func swapIn(_ staging: StagingArea) throws {
        let parent = open(output.path.parent.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard parent >= 0 else { throw FileFailure(path: output.shownAs, operation: .rename, code: errno) }
        defer { close(parent) }
        let name = output.path.name
        try output.check(parent: parent, name: name)
        var info = stat()
        guard fstatat(parent, staging.name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw FileFailure(path: output.shownAs, operation: .rename, code: ENOENT)
        }
        let site = staging.name + "/site"
        guard fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
            guard renameat(parent, site, parent, name) == 0 else { throw FileFailure(path: output.shownAs, operation: .rename, code: errno) }
            return
        }
        if mend_exchange_at(parent, site, name) == 0 { return }
        let code = errno
        guard code == EINVAL || code == ENOSYS || code == ENOTSUP else {
            throw FileFailure(path: output.shownAs, operation: .rename, code: code)
        }
        // No exchange here: two renames, and the next build repairs a stop between them.
        let replaced = staging.name + "/old"
        guard renameat(parent, name, parent, replaced) == 0 else { throw FileFailure(path: output.shownAs, operation: .rename, code: errno) }
        guard renameat(parent, site, parent, name) == 0 else {
            let failure = FileFailure(path: output.shownAs, operation: .rename, code: errno)
            _ = renameat(parent, replaced, parent, name)
            throw failure
        }
    }
}
