import Foundation

/// The paths the watcher reported and the builder has not taken yet. Editors save in bursts
/// (a temporary file, a rename, a change of mode): ``next()`` waits for a quiet moment, so
/// a burst makes one rebuild.
// @unchecked: `paths` and `stopped` are only touched with `condition` locked.
final class ChangeQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var paths: [String] = []
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

    func add(_ new: [String]) {
        condition.lock()
        paths += new
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until paths arrive and settle; `nil` once stopped.
    func next() -> [String]? {
        condition.lock()
        defer { condition.unlock() }
        while paths.isEmpty && !stopped { condition.wait() }
        guard !stopped else { return nil }
        let deadline = Date().addingTimeInterval(longest)
        var seen = paths.count
        while !stopped {
            let until = min(Date().addingTimeInterval(quiet), deadline)
            _ = condition.wait(until: until)
            if paths.count == seen || Date() >= deadline { break }
            seen = paths.count
        }
        defer { paths = [] }
        return stopped ? nil : paths
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
