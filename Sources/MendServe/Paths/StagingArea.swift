#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a build writes its site into before it replaces the output folder: a sibling
/// of the output, `.<output>.mend-<16 hex digits>/` (the build's process id, a tag of its pid
/// namespace, random digits),
/// holding a marker file and `site/`.
///
/// The marker says the folder is Mend's, and the build that made it holds a lock on the
/// marker while it runs. So the next build can tell an interrupted build's leftovers (a
/// marker nobody holds) from a build running beside it, and removes only those. The folder
/// is set up under a name that is not a staging name (`.<output>.mend-new-<hex>`) and takes
/// its staging name only once its marker is written and locked, so no other build ever
/// sees a staging folder without a held marker.
struct StagingArea {
    static let markerName = "MEND-LEFTOVER"
    static let markerText = """
        This folder was left by a Mend build that was interrupted. It is not part of your site;
        the next `mend build` with the same output folder removes it.

        """

    /// The container folder.
    let path: String
    /// Its name inside the output's parent.
    let name: String
    /// Where the new site is written; after the swap it holds the replaced output.
    var site: String { path + "/site" }
    /// Where the replaced output goes when the system cannot exchange two folders in one step.
    var replaced: String { path + "/old" }

    private let lockDescriptor: Int32

    /// Makes a new staging area beside `output` and locks it.
    /// - Throws: ``FileFailure`` when the folder beside the output cannot be written.
    init(beside output: ResolvedPath) throws {
        var generator = SystemRandomNumberGenerator()
        let parent = output.parent.path
        // The build's process id, its pid namespace's tag, then random digits: a set-up folder
        // whose process is gone (seen from the same namespace) is a leftover at once.
        var suffix = "", setup = ""
        for attempt in 1...8 {
            suffix = hex16(UInt64(UInt32(truncatingIfNeeded: getpid())) << 32 | UInt64(Self.namespaceTag) << 16
                           | UInt64(generator.next() as UInt16))
            setup = parent + "/" + Self.setupPrefix(for: output) + suffix
            if mkdir(setup, 0o755) == 0 { break }
            guard errno == EEXIST, attempt < 8 else { throw FileFailure(path: parent, operation: .writeBeside, code: errno) }
        }
        name = Self.prefix(for: output) + suffix
        path = parent + "/" + name
        let marker = setup + "/" + Self.markerName
        lockDescriptor = open(marker, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        do {
            guard lockDescriptor >= 0 else { throw FileFailure(path: parent, operation: .writeBeside, code: errno) }
            guard flock(lockDescriptor, LOCK_EX) == 0 else { throw FileFailure(path: marker, operation: .lock, code: errno) }
            try Self.write(Array(Self.markerText.utf8), to: lockDescriptor, path: parent)
            guard mkdir(setup + "/site", 0o755) == 0 else { throw FileFailure(path: parent, operation: .writeBeside, code: errno) }
            guard rename(setup, path) == 0 else { throw FileFailure(path: parent, operation: .writeBeside, code: errno) }
        } catch {
            if lockDescriptor >= 0 { close(lockDescriptor) }
            try? TreeRemover().remove(setup)
            throw error
        }
    }

    /// Lets go of the lock: from now on the folder counts as a leftover.
    func release() {
        close(lockDescriptor)
    }

    /// A 16-bit tag of this process's pid namespace (the low bits of its inode on Linux), so
    /// that a process id in a folder's name is judged only from the namespace it was taken
    /// in; `0xffff` where there is none to read (then no name is judged by its process).
    static let namespaceTag: UInt16 = {
        var info = stat()
        guard stat("/proc/self/ns/pid", &info) == 0 else { return 0xffff }
        let tag = UInt16(truncatingIfNeeded: info.st_ino)
        return tag == 0xffff ? 0xfffe : tag
    }()

    /// `.public.mend-` for an output folder named `public`.
    static func prefix(for output: ResolvedPath) -> String {
        ".\(output.name).mend-"
    }

    /// `.public.mend-new-`: a staging folder being set up.
    static func setupPrefix(for output: ResolvedPath) -> String {
        ".\(output.name).mend-new-"
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress!, $0.count) }
        guard written == bytes.count else { throw FileFailure(path: path, operation: .writeBeside, code: written < 0 ? errno : ENOSPC) }
    }
}

func hex16(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
