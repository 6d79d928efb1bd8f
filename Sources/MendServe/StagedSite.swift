import Foundation
import MendSite

/// A site being written into its staging folder (``SiteWriter/begin()``): files go in as
/// they are made, from any thread, and the output folder is not touched until ``finish()``
/// swaps the whole site in. A build that fails ``abandon()``s it, and the output folder
/// stays exactly as it was.
public final class StagedSite: @unchecked Sendable {
    // @unchecked: `made`, `count` and `failure` are only used under `lock`; the rest is immutable.
    private let writer: SiteWriter
    private let staging: StagingArea
    private let lock = NSLock()
    private var made: Set<Substring> = []
    private var failure: Error?
    /// How many files were written.
    public private(set) var count = 0

    init(writer: SiteWriter, staging: StagingArea) {
        self.writer = writer
        self.staging = staging
    }

    /// Writes one file of the new site.
    /// - Throws: ``FileFailure`` or ``SiteWriterError``; the first failure is also kept for ``finish()``.
    public func write(_ file: OutputFile) throws {
        let folder = file.path.lastIndex(of: "/").map { file.path[..<$0] }
        do {
            try writer.write(file, into: staging.site) { folder in lock.withLock { made.contains(folder) } }
            lock.withLock {
                if let folder { made.insert(folder) }
                count += 1
            }
        } catch {
            lock.withLock { if failure == nil { failure = error } }
            throw error
        }
    }

    /// ``write(_:)`` for a caller that cannot throw (a build handing over pages as it
    /// renders them): a failure is kept, and ``finish()`` throws it.
    public func hand(_ file: OutputFile) {
        guard lock.withLock({ failure == nil }) else { return }
        try? write(file)
    }

    /// Swaps the new site in, or throws the first failure of a write (and then abandons it).
    /// The replaced site is removed in the background.
    public func finish() throws {
        defer { staging.release() }
        do {
            if let failure = lock.withLock({ failure }) { throw failure }
            try writer.swapIn(staging)
        } catch {
            try? writer.remover.remove(staging.path, lastFile: StagingArea.markerName)
            throw error
        }
        writer.remover.removeInBackground(staging.path, lastFile: StagingArea.markerName)
    }

    /// Throws the new site away; the output folder is as it was.
    public func abandon() {
        try? writer.remover.remove(staging.path, lastFile: StagingArea.markerName)
        staging.release()
    }
}
