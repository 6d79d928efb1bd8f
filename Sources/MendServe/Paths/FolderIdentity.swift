#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder as the file system knows it, by device and inode: the same folder under any
/// name (a symbolic link, a bind mount, another letter case on a case-insensitive file
/// system) has the same identity, where comparing path strings would miss it.
public struct FolderIdentity: Sendable, Hashable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// The identity of the folder at `path` (links followed), or `nil` when there is none.
    static func of(_ path: String) -> FolderIdentity? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return FolderIdentity(info)
    }

    /// The identities of the folder open as `descriptor` and of every folder above it, found
    /// by going up through `..` (so a folder reached through a link or a mount still finds
    /// its real parents). Closes nothing it was given.
    static func chain(from descriptor: Int32) -> [FolderIdentity] {
        var chain: [FolderIdentity] = []
        var current = dup(descriptor)
        guard current >= 0 else { return [] }
        defer { close(current) }
        for _ in 0..<4096 {
            var info = stat()
            guard fstat(current, &info) == 0 else { break }
            let identity = FolderIdentity(info)
            if chain.last == identity { break }
            chain.append(identity)
            let parent = openat(current, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard parent >= 0 else { break }
            close(current)
            current = parent
        }
        return chain
    }

    /// ``chain(from:)`` for the folder at `path`, or for its deepest existing ancestor when
    /// it does not exist yet.
    static func chain(ofDeepestExisting path: String) -> [FolderIdentity] {
        var candidate = path
        while true {
            let descriptor = open(candidate, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor >= 0 {
                defer { close(descriptor) }
                return chain(from: descriptor)
            }
            let parent = PosixFiles.parent(of: candidate)
            if parent == candidate { return [] }
            candidate = parent
        }
    }
}
