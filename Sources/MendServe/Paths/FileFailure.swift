#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MendSite

/// A file-system call that failed, told the way every other Mend error is told:
/// `path: error: cannot read the file: permission denied`, with what to do about it.
/// Foundation's error texts never reach the user; this does.
public struct FileFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// What Mend was doing.
    public enum Operation: String, Sendable {
        case read = "read the file"
        case list = "open the folder"
        case examine = "look at"
        case write = "write the file"
        case createFolder = "create the folder"
        case writeBeside = "write in the folder that holds the output folder"
        case remove = "remove"
        case rename = "move"
        case lock = "lock"
    }

    /// The path as it should be shown (relative to the site's folder where that is shorter).
    public let path: String
    public let operation: Operation
    /// The `errno` value.
    public let code: Int32

    public init(path: String, operation: Operation, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    /// The failure as a diagnostic at its path.
    public var diagnostic: Diagnostic {
        .error(at: SourceLocation(path: path), message)
    }

    public var description: String { diagnostic.description }

    /// `cannot read the file: permission denied: give yourself read access …`.
    public var message: String {
        let reason = String(cString: strerror(code)).lowercased()
        return "cannot \(operation.rawValue): \(reason)\(advice.map { ": \($0)" } ?? "")"
    }
}

private extension FileFailure {
    var advice: String? {
        switch code {
        case EACCES, EPERM:
            switch operation {
            case .read, .list, .examine: return "give yourself read access (chmod u+r), or move it out of the site's folders"
            default: return "give yourself write access to it and its folder, or choose another --output"
            }
        case EROFS: return "the file system is read-only: choose another --output"
        case ENOSPC, EDQUOT: return "the disk is full: free some space and build again"
        case ENAMETOOLONG: return "the name is too long for the file system: shorten the slug or title that makes it"
        case ENOTDIR: return "a file stands where a folder is needed"
        case ELOOP: return "symbolic links point at each other in a loop"
        case EXDEV where operation == .rename, EBUSY where operation == .rename:
            return "the output folder is a mount point or on another file system than its parent, so it cannot be replaced in one step: choose a folder inside it as --output"
        default: return nil
        }
    }
}
