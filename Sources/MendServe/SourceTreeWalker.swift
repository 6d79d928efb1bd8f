#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MendSite

/// Walks one source folder depth first, following links, each real folder once. The files
/// it meets are read afterwards, all at once (``readFiles(into:work:)``).
struct SourceTreeWalker {
    private var visited: Set<[UInt64]> = []
    /// The files met and not read yet: their paths on disk and as shown.
    private var unread: [(path: String, shownAs: String)] = []

    /// Reads every file the walks met into `tree`, several at once (the tree is sorted later).
    /// A file removed between the walk and its reading is left out, as if the walk came later.
    mutating func readFiles(into tree: inout SourceTreeReader.Tree, work: ParallelWork) {
        let files = unread
        unread = []
        let results = work.map(files.count) { index -> Result<[UInt8], FileFailure> in
            do {
                return .success(try PosixFiles.read(files[index].path, shownAs: files[index].shownAs))
            } catch let failure as FileFailure {
                return .failure(failure)
            } catch {
                return .failure(FileFailure(path: files[index].shownAs, operation: .read, code: EIO))
            }
        }
        for (file, result) in zip(files, results) {
            switch result {
            case .success(let bytes): tree.files.append(SourceFile(path: file.shownAs, bytes: bytes))
            // Gone since the walk listed it (an editor's temporary file, a file being moved):
            // read as it is now, without it. A watcher reports the removal. A link still there
            // whose target went is reported, as the walk reports one.
            case .failure(let failure) where failure.code == ENOENT && !PosixFiles.exists(file.path): continue
            case .failure(let failure): tree.diagnostics.append(failure.diagnostic)
            }
        }
    }

    mutating func walk(_ path: String, shownAs: String, into tree: inout SourceTreeReader.Tree) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            let message = code == ENOENT ? "a symbolic link whose target is missing: remove it or point it at a file"
                                         : FileFailure(path: shownAs, operation: .examine, code: code).message
            tree.diagnostics.append(.error(at: SourceLocation(path: shownAs), message))
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            var own = stat()
            if lstat(path, &own) == 0 && (own.st_mode & S_IFMT) == S_IFLNK { tree.linkedFolders.append(path) }
            guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else {
                tree.diagnostics.append(.error(at: SourceLocation(path: shownAs),
                    "this folder is reached twice through symbolic links (a loop, or two links to one folder): remove one of the links"))
                return
            }
            listFolder(path, shownAs: shownAs, into: &tree)
        case S_IFREG:
            guard SourceFile.isCopiedAsIs(shownAs) else { return unread.append((path, shownAs)) }
            do {
                tree.files.append(SourceFile(path: shownAs, location: try PosixFiles.location(of: path, info: info, shownAs: shownAs)))
            } catch let failure as FileFailure {
                tree.diagnostics.append(failure.diagnostic)
            } catch {
                tree.diagnostics.append(.error(at: SourceLocation(path: shownAs), "cannot read the file"))
            }
        default:
            tree.diagnostics.append(.warning(at: SourceLocation(path: shownAs),
                "not a regular file or folder (a device, socket or pipe), so not read: move it out of the site's folders"))
        }
    }

    private mutating func listFolder(_ path: String, shownAs: String, into tree: inout SourceTreeReader.Tree) {
        let names: [[UInt8]]
        do {
            names = try PosixFiles.rawNames(in: path, shownAs: shownAs)
        } catch let failure as FileFailure {
            tree.diagnostics.append(failure.diagnostic)
            return
        } catch {
            return
        }
        for raw in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            guard let name = String(validating: raw, as: UTF8.self) else {
                tree.diagnostics.append(.error(at: SourceLocation(path: shownAs + "/" + Self.escaped(raw)),
                    "the file name is not UTF-8 text, so its page's address cannot be made: rename it with UTF-8 characters"))
                continue
            }
            guard !SourceFilter.isIgnored(name: name, inStatic: shownAs.hasPrefix("static")) else { continue }
            walk(path + "/" + name, shownAs: shownAs + "/" + name, into: &tree)
        }
    }

    /// The name with every byte that is not printable ASCII written as `\xNN`.
    static func escaped(_ raw: [UInt8]) -> String {
        raw.map { (0x20..<0x7F).contains($0) && $0 != 0x5C ? String(UnicodeScalar($0)) : "\\x" + hex($0) }.joined()
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
