#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the files Mend makes in a site (comment files, and `mend new`'s, `mend init`'s and
/// `mend theme eject`'s) so that nobody — a build, `mend serve`, Staticman — ever sees half
/// a file: the bytes go into a hidden temporary file in the same folder first, which then
/// takes the final name in one step. Hidden files are skipped when a site is read, so a
/// temporary file left behind by a crash is harmless.
enum NewFileWriter {
    /// Creates a new file; never replaces one (the temporary file is hard-linked to the
    /// final name, which fails when that name exists).
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - path: Where it goes; its folder is created when missing.
    /// - Returns: `false`, writing nothing, when `path` already exists.
    /// - Throws: ``CommentStoreError/io(_:_:)`` when the folder or file cannot be written.
    static func create(_ bytes: [UInt8], at path: String) throws -> Bool {
        try makeFolders(for: path)
        let temporary = try writeTemporary(bytes, beside: path, mode: 0o644)
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { return false }
            throw CommentStoreError.io(path, reason("create the file"))
        }
        syncFolder(of: path)
        return true
    }

    /// Replaces an existing file's contents at once (rename over it), keeping its permissions.
    /// - Throws: ``CommentStoreError/io(_:_:)`` when it cannot be written.
    static func replace(_ bytes: [UInt8], at path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { throw CommentStoreError.io(path, reason("look at the file")) }
        let temporary = try writeTemporary(bytes, beside: path, mode: mode_t(info.st_mode) & 0o7777)
        guard rename(temporary, path) == 0 else {
            let error = reason("replace the file")
            unlink(temporary)
            throw CommentStoreError.io(path, error)
        }
        syncFolder(of: path)
    }

    /// Deletes a file.
    /// - Throws: ``CommentStoreError/io(_:_:)`` when it cannot be removed.
    static func remove(_ path: String) throws {
        guard unlink(path) == 0 else { throw CommentStoreError.io(path, reason("delete the file")) }
        syncFolder(of: path)
    }
}

private extension NewFileWriter {
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func makeFolders(for path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for part in folder(of: path).split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST { throw CommentStoreError.io(current, reason("create the folder")) }
        }
    }

    /// `.<name>.tmp-<random>` beside `path`, written in full and flushed to disk.
    static func writeTemporary(_ bytes: [UInt8], beside path: String, mode: mode_t) throws -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let temporary = folder(of: path) + "/.\(name).tmp-\(suffix)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { throw CommentStoreError.io(temporary, reason("create the file")) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let error = reason("write the file")
                close(descriptor)
                unlink(temporary)
                throw CommentStoreError.io(temporary, error)
            }
            written += count
        }
        let synced = fsync(descriptor) == 0
        let error = reason("write the file")
        guard close(descriptor) == 0, synced else {
            unlink(temporary)
            throw CommentStoreError.io(temporary, error)
        }
        return temporary
    }

    /// Makes the new name durable; best effort.
    static func syncFolder(of path: String) {
        let descriptor = open(folder(of: path), O_RDONLY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// `cannot create the folder: permission denied`, from `errno`.
    static func reason(_ action: String) -> String {
        "cannot \(action): " + String(cString: strerror(errno)).lowercased()
    }
}
