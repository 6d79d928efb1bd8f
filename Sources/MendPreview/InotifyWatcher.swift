#if canImport(Glibc)
import Foundation
import Glibc
import MendServe
import MendSite

/// A ``SourceWatcher`` on Linux's inotify: a watch on the site's folder (for `content/`,
/// `templates/` and `static/` coming and going) and on every folder below them, links
/// followed, ignored names (`.git`) left out. A new folder is watched as it appears (and
/// reported whole, since files may have landed in it before its watch); a full event queue
/// reports every source folder, to be read again.
final class InotifyWatcher: SourceWatcher {
    /// Why watching could not start: most often the system's limit on watches
    /// (`fs.inotify.max_user_watches`).
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let root: String
    private let state: Locked<State>

    private struct State {
        var descriptor: Int32 = -1
        var folders: [Int32: String] = [:]
        var stopped = false
    }

    init(root: String) {
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
        state = Locked(State())
    }

    /// Without IN_MODIFY: a file is read once it is closed after writing (IN_CLOSE_WRITE),
    /// never half-written.
    static let mask: UInt32 = UInt32(IN_CREATE | IN_DELETE | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
                                     | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    func start(report: @escaping @Sendable (WatchedPaths) -> Void) throws {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { throw Failure(description: "cannot watch the sources: \(String(cString: strerror(errno)))") }
        state.withLock { $0.descriptor = descriptor }
        guard watch(root, as: "", top: true) else {
            close(descriptor)
            throw Failure(description: "cannot watch \(root): \(String(cString: strerror(errno)))")
        }
        for folder in SourceTreeReader.folders where !watchTree(folder) {
            close(descriptor)
            throw Failure(description: "cannot watch every folder under \(folder)/ (\(String(cString: strerror(errno)))): "
                + "raise the limit with `sysctl fs.inotify.max_user_watches=524288`")
        }
        let thread = Thread { [self] in self.readEvents(descriptor, report: report) }
        thread.name = "mend-watch"
        thread.start()
    }

    func stop() {
        state.withLock { $0.stopped = true }
    }

    /// Whether an event says a file can be read whole now: it was closed after writing, or
    /// moved into place (never a folder, a removal or a change of mode).
    static func isCompleteWrite(_ mask: UInt32) -> Bool {
        mask & UInt32(IN_ISDIR) == 0 && mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0
            && mask & UInt32(IN_DELETE | IN_MOVED_FROM | IN_DELETE_SELF | IN_MOVE_SELF | IN_Q_OVERFLOW) == 0
    }
}

private extension InotifyWatcher {
    /// Adds a watch on one folder; the root's only for its source folders' names.
    func watch(_ absolute: String, as shown: String, top: Bool = false) -> Bool {
        let descriptor = state.withLock { $0.descriptor }
        let mask = top ? UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO) | UInt32(IN_ONLYDIR) : Self.mask | UInt32(IN_ONLYDIR)
        let watch = inotify_add_watch(descriptor, absolute, mask)
        guard watch >= 0 else { return errno == ENOENT || errno == ENOTDIR }
        state.withLock { $0.folders[watch] = shown }
        return true
    }

    /// Watches `shown` (relative to the root) and every folder below it, each real folder once.
    func watchTree(_ shown: String) -> Bool {
        var visited: Set<[UInt64]> = []
        var pending = [shown]
        while let folder = pending.popLast() {
            let absolute = root + "/" + folder
            var info = stat()
            guard stat(absolute, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
                  visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { continue }
            guard watch(absolute, as: folder) else { return false }
            let inStatic = folder.hasPrefix("static")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? []
            where !SourceFilter.isIgnored(name: name, inStatic: inStatic) {
                var child = stat()
                if stat(absolute + "/" + name, &child) == 0, (child.st_mode & S_IFMT) == S_IFDIR { pending.append(folder + "/" + name) }
            }
        }
        return true
    }

    func readEvents(_ descriptor: Int32, report: @escaping @Sendable (WatchedPaths) -> Void) {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer {
            buffer.deallocate()
            close(descriptor)
        }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while !state.withLock({ $0.stopped }) {
            guard poll(&poller, 1, 200) > 0 else { continue }
            let count = read(descriptor, buffer, size)
            guard count > 0 else { continue }
            var paths: [String] = []
            var complete = true
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                let name = event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
                let reported = handle(event, name: name)
                paths += reported
                if !reported.isEmpty && !Self.isCompleteWrite(event.mask) { complete = false }
            }
            if !paths.isEmpty { report(WatchedPaths(paths, complete: complete)) }
        }
    }

    /// The paths one event reports, after watching a new folder.
    func handle(_ event: inotify_event, name: String) -> [String] {
        if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost, new folders among them: watch everything again, read it all.
            for folder in SourceTreeReader.folders { _ = watchTree(folder) }
            return SourceTreeReader.folders
        }
        if event.mask & UInt32(IN_IGNORED) != 0 {
            state.withLock { _ = $0.folders.removeValue(forKey: event.wd) }
            return []
        }
        guard let folder = state.withLock({ $0.folders[event.wd] }) else { return [] }
        if event.mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 { return folder.isEmpty ? [] : [folder] }
        guard !name.isEmpty else { return [] }
        if folder.isEmpty && !SourceTreeReader.folders.contains(name) { return [] }
        let path = folder.isEmpty ? name : folder + "/" + name
        if SourceFilter.isIgnored(name: name, inStatic: path.hasPrefix("static/")) { return [] }
        if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            var own = stat(), info = stat()
            // A new regular file is being written: it is reported when closed (IN_CLOSE_WRITE),
            // unless it is a new name of an existing file (a hard link), which nobody writes.
            if event.mask & UInt32(IN_CREATE) != 0, lstat(root + "/" + path, &own) == 0, (own.st_mode & S_IFMT) == S_IFREG,
               own.st_nlink <= 1 { return [] }
            if stat(root + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { _ = watchTree(path) }
        }
        return [path]
    }
}
#endif
