#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX file calls for the hot paths of a build (thousands of small files), where
/// Foundation's per-file overhead (attribute dictionaries, owner lookups) dominates, and
/// whose failures are ``FileFailure``s rather than Foundation's error texts.
enum PosixFiles {
    /// Creates `path` and any missing parent folders.
    static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw FileFailure(path: path, operation: .createFolder, code: errno) }
        try makeDirectory(parent(of: path))
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw FileFailure(path: path, operation: .createFolder, code: errno)
        }
    }

    /// Writes `bytes` to a new file at `path` (replacing one that is there).
    static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileFailure(path: path, operation: .write, code: errno) }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { try write($0, to: descriptor, path: path) }
    }

    /// Writes all of `buffer` to the file open as `descriptor` (short writes and EINTR retried).
    /// - Parameter path: The file to name in a failure.
    static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws {
        var written = 0
        while written < buffer.count {
            let result = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
            guard result > 0 else {
                if result < 0 && errno == EINTR { continue }
                throw FileFailure(path: path, operation: .write, code: result == 0 ? EIO : errno)
            }
            written += result
        }
    }

    /// The whole file at `path`.
    /// - Parameter shownAs: The path to name in a failure.
    static func read(_ path: String, shownAs: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileFailure(path: shownAs, operation: .read, code: errno) }
        defer { close(descriptor) }
        var info = stat()
        let size = fstat(descriptor, &info) == 0 ? max(Int(info.st_size), 0) : 0
        // Read straight into the array, one byte more than the file's size so that the end is
        // seen without a second buffer; only a file that grew meanwhile reads on in chunks.
        var bytes = try [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
            initialized = 0
            while initialized < buffer.count {
                let count = try readSome(descriptor, into: buffer.baseAddress! + initialized, count: buffer.count - initialized, shownAs: shownAs)
                if count == 0 { return }
                initialized += count
            }
        }
        guard bytes.count > size else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try chunk.withUnsafeMutableBytes {
                try readSome(descriptor, into: $0.baseAddress!, count: $0.count, shownAs: shownAs)
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    /// One `read(2)` of at most `count` bytes into `buffer`, retried on EINTR: how many were
    /// read, 0 at the end of the file.
    private static func readSome(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int, shownAs: String) throws -> Int {
        while true {
            let result = systemRead(descriptor, buffer, count)
            if result >= 0 { return result }
            guard errno == EINTR else { throw FileFailure(path: shownAs, operation: .read, code: errno) }
        }
    }

    /// The names in the folder at `path` (not `.` and `..`), as raw bytes: a name need not be UTF-8.
    /// - Parameter shownAs: The path to name in a failure.
    static func rawNames(in path: String, shownAs: String? = nil) throws -> [[UInt8]] {
        guard let directory = opendir(path) else {
            throw FileFailure(path: shownAs ?? path, operation: .list, code: errno)
        }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            // Read the name where it lies: a record can be shorter than `dirent`, so copying
            // `entry.pointee` would read past its end.
            let field = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!
            let start = field.assumingMemoryBound(to: UInt8.self)
            let name = Array(UnsafeBufferPointer(start: start, count: strlen(field.assumingMemoryBound(to: CChar.self))))
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }

    /// The names in the folder at `path`, as text (for folders Mend made itself).
    static func names(in path: String) throws -> [String] {
        try rawNames(in: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether something (a file, folder or link) is at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether `path` is a folder (links followed).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// `path` without its last component.
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

extension PosixFiles {
    #if canImport(Glibc)
    static let systemWrite = Glibc.write
    static let systemRead = Glibc.read
    #elseif canImport(Darwin)
    static let systemWrite = Darwin.write
    static let systemRead = Darwin.read
    #endif
}
