import Foundation

/// The paths the watcher reported and the builder has not taken yet. Editors save in bursts
/// (a temporary file, a rename to a backup, a change of mode): ``next(startsAtOnce:)`` waits
/// for a quiet moment, so a burst makes one rebuild. An edit of a file the site already has,
/// written and closed (or moved into place) with nothing else pending, is taken at once: it
/// can be read whole now, and waiting would only delay the preview.
// @unchecked: `paths`, `complete` and `stopped` are only touched with `condition` locked.
final class ChangeQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var paths: [String] = []
    /// Whether every path pending came in a ``WatchedPaths/complete`` report.
    private var complete = true
    private var stopped = false
    /// How long no new path must arrive, and the longest a burst may delay a rebuild.
    let quiet: TimeInterval
    let longest: TimeInterval

    /// An editor's save (a temporary file, a rename, a change of mode) comes within a
    /// millisecond or two; 10 ms of quiet leaves room for a slow disk.
    init(quiet: TimeInterval = 0.010, longest: TimeInterval = 0.2) {
        self.quiet = quiet
        self.longest = longest
    }

    func add(_ new: WatchedPaths) {
        condition.lock()
        paths += new.paths
        complete = complete && new.complete
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until paths arrive and settle; `nil` once stopped.
    /// - Parameter startsAtOnce: Whether a path is a file the site already has (called on the
    ///   caller's thread): when every pending path is one, written whole, they are taken
    ///   without waiting for quiet.
    func next(startsAtOnce: (String) -> Bool = { _ in false }) -> [String]? {
        condition.lock()
        defer { condition.unlock() }
        while paths.isEmpty && !stopped { condition.wait() }
        guard !stopped else { return nil }
        defer {
            paths = []
            complete = true
        }
        if complete && paths.allSatisfy(startsAtOnce) { return paths }
        let deadline = Date().addingTimeInterval(longest)
        var seen = paths.count
        while !stopped {
            let until = min(Date().addingTimeInterval(quiet), deadline)
            _ = condition.wait(until: until)
            if paths.count == seen || Date() >= deadline { break }
            seen = paths.count
        }
        return stopped ? nil : paths
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
