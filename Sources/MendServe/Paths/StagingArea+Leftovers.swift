#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StagingArea {
    /// The leftovers of interrupted builds beside `output`: folders with a staging name that
    /// hold the marker and are not locked by a running build, those with a staging name that
    /// hold no file at all (a removal stopped halfway), and set-up folders whose build stopped
    /// before locking their marker (empty, or an unlocked marker, and either a minute old or
    /// named for a process that no longer exists). Where
    /// the output folder is missing because a build stopped between the two steps of a
    /// non-atomic swap, the old site is moved back first.
    /// - Returns: The leftover folders' paths, to be removed.
    static func leftovers(beside output: ResolvedPath) -> [String] {
        let parent = output.parent.path
        guard let names = try? PosixFiles.names(in: parent) else { return [] }
        var found: [String] = []
        for name in names.sorted() {
            let folder = parent + "/" + name
            if isName(name, prefix: prefix(for: output)) {
                guard isUnlockedLeftover(folder) || holdsOnlyFolders(folder) else { continue }
                if !PosixFiles.exists(output.path) && PosixFiles.isDirectory(folder + "/old") {
                    _ = rename(folder + "/old", output.path)
                }
                found.append(folder)
            } else if isName(name, prefix: setupPrefix(for: output)),
                      isAbandonedSetup(folder, name: String(name.dropFirst(setupPrefix(for: output).count))) {
                found.append(folder)
            }
        }
        return found
    }

    private static func isName(_ name: String, prefix: String) -> Bool {
        guard name.hasPrefix(prefix) else { return false }
        let suffix = name.utf8.dropFirst(prefix.utf8.count)
        return suffix.count == 16 && suffix.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// A folder stopped before its marker was written, or removed up to its last folders:
    /// no file in it, so nothing can be lost.
    private static func holdsOnlyFolders(_ folder: String) -> Bool {
        var listing = TreeListing()
        guard (try? listing.collect(folder)) != nil else { return false }
        return listing.files.isEmpty && !listing.directories.isEmpty
    }

    private static func isUnlockedLeftover(_ folder: String) -> Bool {
        var info = stat()
        guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
        let descriptor = open(folder + "/" + markerName, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return flock(descriptor, LOCK_EX | LOCK_NB) == 0
    }

    /// A set-up folder whose build stopped before it took its staging name: its process is
    /// gone (named in this pid namespace), or it is a minute old (another build may be setting
    /// up one right now, perhaps in another container).
    private static func isAbandonedSetup(_ folder: String, name suffix: String) -> Bool {
        var info = stat()
        guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        #if canImport(Glibc)
        let modified = info.st_mtim.tv_sec
        #else
        let modified = info.st_mtimespec.tv_sec
        #endif
        let process = pid_t(truncatingIfNeeded: Int64(suffix.prefix(8), radix: 16) ?? 0)
        let namespace = UInt16(suffix.dropFirst(8).prefix(4), radix: 16)
        let processIsGone = namespace == namespaceTag && namespaceTag != 0xffff
            && process > 0 && process != getpid() && kill(process, 0) != 0 && errno == ESRCH
        guard processIsGone || now.tv_sec - modified > 60 else { return false }
        return isUnlockedLeftover(folder) || holdsOnlyFolders(folder) || ((try? PosixFiles.names(in: folder))?.isEmpty ?? false)
    }
}
