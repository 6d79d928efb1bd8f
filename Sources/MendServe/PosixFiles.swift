#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Plain POSIX file calls for the hot paths of a build (thousands of small files), where
/// Foundation's per-file overhead (attribute dictionaries, owner lookups) dominates.
enum PosixFiles {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let operation: String
        let code: Int32
        var description: String { "\(path): cannot \(operation): \(String(cString: strerror(code)))" }
    }

    /// Creates `path` and any missing parent folders.
    static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw Failure(path: path, operation: "create the folder", code: errno) }
        try makeDirectory((path as NSString).deletingLastPathComponent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw Failure(path: path, operation: "create the folder", code: errno)
        }
    }

    /// Writes `bytes` to a new file at `path` (replacing one that is there).
    static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, operation: "write", code: errno) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + written, bytes.count - written)
            }
            guard result > 0 else {
                if result < 0 && errno == EINTR { continue }
                throw Failure(path: path, operation: "write", code: errno)
            }
            written += result
        }
    }

    /// Removes `path` and everything under it without waiting: the replaced output of a
    /// build is deleted by a detached `rm -rf`, since unlinking thousands of files can take
    /// seconds on some file systems. Falls back to removing it here.
    static func removeInBackground(_ path: String) {
        var pid = pid_t()
        let arguments = ["rm", "-rf", "--", path]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // Its output goes nowhere, so a caller reading mend's output does not wait for it.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        if posix_spawn(&pid, "/bin/rm", &actions, nil, &argv, environ) != 0 {
            try? removeTree(path)
        }
    }

    /// Removes `path` and everything under it; symbolic links are removed, not followed.
    static func removeTree(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw Failure(path: path, operation: "remove", code: errno)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            guard let directory = opendir(path) else { throw Failure(path: path, operation: "list", code: errno) }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(directory)
            for name in names { try removeTree(path + "/" + name) }
            guard rmdir(path) == 0 else { throw Failure(path: path, operation: "remove", code: errno) }
        } else if unlink(path) != 0 {
            throw Failure(path: path, operation: "remove", code: errno)
        }
    }
}
