/// What a ``SourceWatcher`` reports at once: the paths that changed, and whether every one
/// of them is a file that was written and closed, or moved into place, so that it can be
/// read now. A removal may be the first half of an editor's save (a rename to a backup,
/// then a new file), and a folder or a polled change says nothing of how far a write got:
/// those wait for a quiet moment (``ChangeQueue``).
struct WatchedPaths: Sendable, Equatable {
    let paths: [String]
    let complete: Bool

    init(_ paths: [String], complete: Bool) {
        self.paths = paths
        self.complete = complete
    }
}
