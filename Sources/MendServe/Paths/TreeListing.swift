#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files and folders of a tree, folders parents first, found without following links
/// and without entering another file system: a folder mounted inside the tree (a bind
/// mount of someone's photos) is left out, with everything in it.
struct TreeListing {
    var files: [String] = []
    var directories: [String] = []
    private var device: UInt64?
    private let mounts = MountPoints.current()

    /// Adds `path` and, when it is a folder, everything under it.
    /// - Throws: ``FileFailure`` when an entry cannot be examined or a folder listed.
    mutating func collect(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw FileFailure(path: path, operation: .remove, code: errno)
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { files.append(path); return }
        if device == nil { device = UInt64(info.st_dev) }
        // Another file system mounted here: left out, with everything in it.
        guard UInt64(info.st_dev) == device, !mounts.contains(path) else { return }
        directories.append(path)
        for name in try PosixFiles.names(in: path) { try collect(path + "/" + name) }
    }
}
