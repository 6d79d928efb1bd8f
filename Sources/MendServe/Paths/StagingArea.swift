#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a build writes its site into before it replaces the output folder: a sibling
/// of the output, `.<output>.mend-<16 hex digits>/`, holding a marker file and `site/`.
///
/// The marker says the folder is Mend's, and the build that made it holds a lock on the
/// marker while it runs. So the next build can tell an interrupted build's leftovers (a
/// marker nobody holds) from a build running beside it, and removes only those.
struct StagingArea {
    static let markerName = "MEND-LEFTOVER"
    static let markerText = """
        This folder was left by a Mend build that was interrupted. It is not part of your site;
        the next `mend build` with the same output folder removes it.

        """

    /// The container folder.
    let path: String
    /// Where the new site is written; after the swap it holds the replaced output.
    var site: String { path + "/site" }
    /// Where the replaced output goes when the system cannot exchange two folders in one step.
    var replaced: String { path + "/old" }

    private let lockDescriptor: Int32

    /// Makes a new staging area beside `output` and locks it.
    /// - Throws: ``FileFailure`` when the folder beside the output cannot be written.
    init(beside output: ResolvedPath) throws {
        var generator = SystemRandomNumberGenerator()
        path = output.parent.appending(Self.prefix(for: output) + hex16(generator.next())).path
        guard mkdir(path, 0o755) == 0 else {
            throw FileFailure(path: output.parent.path, operation: .writeBeside, code: errno)
        }
        let marker = path + "/" + Self.markerName
        do {
            try PosixFiles.write(Array(Self.markerText.utf8), to: marker)
            lockDescriptor = open(marker, O_RDONLY | O_CLOEXEC)
            guard lockDescriptor >= 0, flock(lockDescriptor, LOCK_EX) == 0 else {
                throw FileFailure(path: marker, operation: .lock, code: errno)
            }
            guard mkdir(site, 0o755) == 0 else { throw FileFailure(path: site, operation: .createFolder, code: errno) }
        } catch {
            _ = unlink(marker)
            _ = rmdir(path)
            throw error
        }
    }

    /// Lets go of the lock: from now on the folder counts as a leftover.
    func release() {
        close(lockDescriptor)
    }

    /// `.public.mend-` for an output folder named `public`.
    static func prefix(for output: ResolvedPath) -> String {
        ".\(output.name).mend-"
    }
}

extension StagingArea {
    /// The leftovers of interrupted builds beside `output`: folders named like a staging area,
    /// holding the marker, and not locked by a running build. Where the output folder is
    /// missing because a build stopped between the two steps of a non-atomic swap, the old
    /// site is moved back first.
    /// - Returns: The leftover folders' paths, to be removed.
    static func leftovers(beside output: ResolvedPath) -> [String] {
        let parent = output.parent.path
        let prefix = prefix(for: output)
        guard let names = try? PosixFiles.names(in: parent) else { return [] }
        var found: [String] = []
        for name in names.sorted() where isStagingName(name, prefix: prefix) {
            let folder = parent + "/" + name
            guard isUnlockedLeftover(folder) || holdsOnlyFolders(folder) else { continue }
            if !PosixFiles.exists(output.path) && PosixFiles.isDirectory(folder + "/old") {
                _ = rename(folder + "/old", output.path)
            }
            found.append(folder)
        }
        return found
    }

    private static func isStagingName(_ name: String, prefix: String) -> Bool {
        guard name.hasPrefix(prefix) else { return false }
        let suffix = name.utf8.dropFirst(prefix.utf8.count)
        return suffix.count == 16 && suffix.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// A staging folder stopped before its marker was written, or removed up to its last
    /// folders: no file in it, so nothing can be lost.
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
}

private func hex16(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
}
