#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An absolute path with every symbolic link, `.`, `..` and doubled slash resolved, so
/// that two spellings of one folder compare equal. A path that does not exist yet is
/// resolved through its deepest existing folder; the rest cannot hold links and is
/// normalised by its components.
public struct ResolvedPath: Sendable, Hashable, CustomStringConvertible {
    /// Always absolute, never with a trailing slash (except the root `/`).
    public let path: String

    /// Resolves `path`, relative to `workingDirectory` when it is not absolute.
    /// - Parameters:
    ///   - path: The path as the user wrote it.
    ///   - workingDirectory: The folder relative paths start from (default: the process's).
    public init(_ path: String, relativeTo workingDirectory: String? = nil) {
        let base = workingDirectory ?? Self.currentDirectory()
        let absolute = path.hasPrefix("/") ? path : base + "/" + path
        self.path = Self.resolve(absolute)
    }

    public var description: String { path }

    /// Whether this path is `other` or lies below it.
    public func isInside(_ other: ResolvedPath) -> Bool {
        path == other.path || path.hasPrefix(other.path == "/" ? "/" : other.path + "/")
    }

    /// The folder holding this path.
    public var parent: ResolvedPath {
        ResolvedPath(resolved: Self.parentPath(of: path))
    }

    /// The last component: `public` for `/site/public`.
    public var name: String {
        path.split(separator: "/").last.map(String.init) ?? "/"
    }
}

private extension ResolvedPath {
    init(resolved: String) {
        path = resolved
    }

    static func currentDirectory() -> String {
        guard let pointer = getcwd(nil, 0) else { return "/" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Walks `path` one component at a time: an existing component is replaced by its real
    /// path (so links are followed where they are), `..` goes to the parent of what has been
    /// resolved so far, and a component that does not exist yet is taken by name.
    static func resolve(_ path: String) -> String {
        var current = "/"
        for component in path.split(separator: "/", omittingEmptySubsequences: true) where component != "." {
            if component == ".." {
                current = parentPath(of: current)
                continue
            }
            let candidate = current == "/" ? "/" + component : current + "/" + component
            current = realPath(candidate) ?? candidate
        }
        return current
    }

    static func parentPath(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
