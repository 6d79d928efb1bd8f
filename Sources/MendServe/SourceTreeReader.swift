#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MendDefaultTheme
import MendSite

/// Reads a site's source folders: everything under `content/`, `templates/` and `static/`
/// that ``SourceFilter`` does not ignore. Symbolic links are followed (a link loop is an
/// error). Nothing is skipped silently: a folder or file that cannot be read, a name that
/// is not UTF-8, anything that is not a regular file is reported with its path. (A file
/// removed between the listing of its folder and its reading is left out, as if the listing
/// had come later.)
public struct SourceTreeReader: Sendable {
    /// The folders, relative to the source root, that hold a site's sources.
    public static let folders = ["content", "templates", "static"]

    public let root: URL
    /// How many files are read at once (`--jobs`): as many as there are cores by default.
    public let work: ParallelWork

    public init(root: URL) {
        self.init(root: root, jobs: nil)
    }

    public init(root: URL, jobs: Int?) {
        self.root = root
        work = ParallelWork(jobs: jobs)
    }

    /// What was read, sorted by path, and what could not be.
    public struct Tree: Sendable {
        public var files: [SourceFile] = []
        public var diagnostics: [Diagnostic] = []
        /// Folders reached through symbolic links: sources too, which the output must not touch.
        public var linkedFolders: [String] = []
        /// The theme files taken from the built-in theme (``readTreeWithDefaultTheme()``):
        /// those the site does not have itself.
        public var builtInPaths: Set<String> = []
        /// Whether any diagnostic is an error.
        public var failed: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Reads every source folder that exists.
    public func readTree() -> Tree {
        read(Self.folders)
    }

    /// Reads one folder below the root, such as `content/comments`, by the same rules as
    /// ``readTree()``: paths are relative to the root, links are followed, ignored files skipped.
    /// A folder that does not exist gives an empty tree.
    public func readTree(of folder: String) -> Tree {
        read([folder])
    }

    /// ``readTree()``, plus the default theme's files for every template and asset the site
    /// does not have itself (a site's `templates/` overrides the default theme file by file).
    public func readTreeWithDefaultTheme() -> Tree {
        var tree = readTree()
        let ownPaths = Set(tree.files.map(\.path))
        let builtIn = DefaultTheme.files.filter { !ownPaths.contains($0.path) }
        tree.builtInPaths = Set(builtIn.map(\.path))
        tree.files = (tree.files + builtIn).sorted { $0.path < $1.path }
        return tree
    }

    /// Every source file, sorted by path.
    /// - Throws: ``SourceReadError`` when anything could not be read.
    public func read() throws(SourceReadError) -> [SourceFile] {
        let tree = readTree()
        if tree.failed { throw SourceReadError(diagnostics: tree.diagnostics) }
        return tree.files
    }
}

private extension SourceTreeReader {
    /// `folders` (relative to the root), each one that exists, through one walker: a real
    /// folder reached twice, from any of them, is reported.
    func read(_ folders: [String]) -> Tree {
        var tree = Tree()
        var walker = SourceTreeWalker()
        for folder in folders {
            let base = root.path + "/" + folder
            var info = stat()
            if stat(base, &info) != 0 {
                let code = errno
                var own = stat()
                if code != ENOENT {
                    tree.diagnostics.append(FileFailure(path: folder, operation: .list, code: code).diagnostic)
                } else if lstat(base, &own) == 0 {
                    // There, but a link to nothing: reported as the walker reports one inside a folder.
                    walker.walk(base, shownAs: folder, into: &tree)
                }
                continue
            }
            walker.walk(base, shownAs: folder, into: &tree)
        }
        walker.readFiles(into: &tree, work: work)
        tree.files.sort { $0.path < $1.path }
        tree.diagnostics.sort()
        return tree
    }
}
