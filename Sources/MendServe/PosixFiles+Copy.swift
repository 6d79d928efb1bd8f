#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CMendSystem
import MendSite

/// Copying a file as it is, and where a source file lies, without reading it into memory.
extension PosixFiles {
    /// Copies the file at `source` to a new file at `path` (replacing one that is there),
    /// in the kernel where it can (`copy_file_range`), else through a small buffer.
    /// - Parameters:
    ///   - shownAs: The source as the user knows it, to name in a failure.
    ///   - kernelCopy: The in-kernel copy (`mend_copy_range`; tests give others).
    static func copy(_ source: String, shownAs: String, to path: String,
                     kernelCopy: (Int32, Int32, UInt) -> Int = { mend_copy_range($0, $1, $2) }) throws {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw FileFailure(path: shownAs, operation: .read, code: errno) }
        defer { close(input) }
        let output = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw FileFailure(path: path, operation: .write, code: errno) }
        defer { close(output) }
        var copiedAny = false
        while true {
            let copied = kernelCopy(input, output, 1 << 30)
            // 0 at once can also mean "cannot" (procfs, overlayfs on some kernels): the buffer
            // loop below then reads the file, and an empty one stays empty.
            if copied == 0 && copiedAny { return }
            if copied == 0 { break }
            if copied > 0 { copiedAny = true; continue }
            if errno == EINTR { continue }
            guard [EXDEV, ENOSYS, EINVAL, EOPNOTSUPP, EBADF].contains(errno) else {
                throw FileFailure(path: path, operation: .write, code: errno)
            }
            break  // this system or file system pair cannot: copy through a buffer from where it stopped
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(input, $0.baseAddress!, $0.count) }
            if count == 0 { return }
            guard count > 0 else {
                if errno == EINTR { continue }
                throw FileFailure(path: shownAs, operation: .read, code: errno)
            }
            try chunk.withUnsafeBytes { try write(UnsafeRawBufferPointer(rebasing: $0[..<count]), to: output, path: path) }
        }
    }

    /// Where the readable regular file at `path` lies (``FileLocation``), from its `stat`.
    /// - Throws: ``FileFailure`` when it cannot be opened for reading.
    static func location(of path: String, info: stat, shownAs: String) throws -> FileLocation {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileFailure(path: shownAs, operation: .read, code: errno) }
        close(descriptor)
        #if canImport(Glibc)
        let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        #else
        let modified = Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
        #endif
        return FileLocation(path: path, size: Int(info.st_size), modified: modified,
                            device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
