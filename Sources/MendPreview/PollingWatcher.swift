#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MendServe
import MendSite

/// A ``SourceWatcher`` that looks at every file's size, modification time and identity
/// twice a second: for systems without inotify, and where inotify's limit is reached.
final class PollingWatcher: SourceWatcher {
    let root: String
    let interval: Double
    private let stopped = Locked(false)

    init(root: String, interval: Double = 0.5) {
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
        self.interval = interval
    }

    func start(report: @escaping @Sendable (WatchedPaths) -> Void) throws {
        let first = scan()
        let thread = Thread { [self] in
            var last = first
            while !self.stopped.withLock({ $0 }) {
                Thread.sleep(forTimeInterval: self.interval)
                let now = self.scan()
                let changed = Set(now.keys).union(last.keys).filter { now[$0] != last[$0] }
                last = now
                if !changed.isEmpty { report(WatchedPaths(changed.sorted(), complete: false)) }
            }
        }
        thread.name = "mend-poll"
        thread.start()
    }

    func stop() {
        stopped.withLock { $0 = true }
    }

    /// Every file and folder under the source folders, with what tells a change.
    private func scan() -> [String: [Int]] {
        var found: [String: [Int]] = [:]
        var visited: Set<[UInt64]> = []
        var pending = SourceTreeReader.folders
        while let path = pending.popLast() {
            var info = stat()
            guard stat(root + "/" + path, &info) == 0 else { continue }
            let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            #if canImport(Darwin)
            let modified = Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
            #else
            let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
            #endif
            found[path] = [isFolder ? -1 : Int(info.st_size), modified, Int(truncatingIfNeeded: info.st_ino)]
            guard isFolder, visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { continue }
            let inStatic = path.hasPrefix("static")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + path)) ?? []
            where !SourceFilter.isIgnored(name: name, inStatic: inStatic) {
                pending.append(path + "/" + name)
            }
        }
        return found
    }
}
