#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a build may write its site, checked before anything is read: never the site's
/// folder, a folder holding it, or a place inside its sources, whatever the spelling
/// (symbolic links, `..`, `.`, doubled slashes) and whatever the name (a bind mount or
/// another letter case: folders are also compared by device and inode); never a folder
/// that is not a site. Checked again just before the swap, on the folder actually swapped.
public struct OutputFolder: Sendable, Equatable {
    /// The output folder, resolved.
    public let path: ResolvedPath
    /// As the user wrote it, for messages.
    public let shownAs: String
    /// The site's folder and its source folders, by identity, with their names.
    let protected: [FolderIdentity: String]
    /// Every folder that holds a protected one (they and their ancestors).
    let holders: [FolderIdentity: String]

    /// Checks `output` against the site at `sourceRoot`.
    /// - Parameters:
    ///   - output: The output folder as given (`--output`), relative to the working folder.
    ///   - sourceRoot: The site's folder, resolved.
    /// - Throws: ``OutputFolderError`` when writing there could harm the sources or another folder.
    public init(_ output: String, sourceRoot: ResolvedPath) throws {
        guard !output.isEmpty else { throw OutputFolderError(shownAs: "\"\"", reason: .empty) }
        path = ResolvedPath(output)
        shownAs = output
        var protected: [FolderIdentity: String] = [:], holders: [FolderIdentity: String] = [:]
        for (folder, name) in [(sourceRoot.path, "")] + SourceTreeReader.folders.map({ (sourceRoot.path + "/" + $0, $0) }) {
            guard let identity = FolderIdentity.of(folder) else { continue }
            protected[identity] = name
            for holder in FolderIdentity.chain(ofDeepestExisting: folder) where holders[holder] == nil { holders[holder] = name }
        }
        self.protected = protected
        self.holders = holders
        try checkNames(sourceRoot: sourceRoot)
        try checkIdentities(chain: FolderIdentity.chain(ofDeepestExisting: path.path), output: FolderIdentity.of(path.path))
        try checkContents()
    }

    /// Checks the output against folders the sources reach through symbolic links (a
    /// `content/pages` that links elsewhere is a source folder too).
    /// - Throws: ``OutputFolderError`` when the output is, holds or lies inside one of them.
    public func check(linkedFolders: [String]) throws {
        let chain = FolderIdentity.chain(ofDeepestExisting: path.path)
        let output = FolderIdentity.of(path.path)
        for folder in linkedFolders {
            guard let identity = FolderIdentity.of(folder) else { continue }
            let holdsIt = output.map { FolderIdentity.chain(ofDeepestExisting: folder).contains($0) } ?? false
            if chain.contains(identity) || holdsIt {
                throw OutputFolderError(shownAs: shownAs, reason: .insideSources(folder))
            }
        }
    }

    /// Checks, just before the swap, the folder that will be swapped: `name` inside the
    /// folder open as `parent`.
    func check(parent: Int32, name: String) throws {
        var info = stat()
        let output = fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            ? FolderIdentity(info) : nil
        try checkIdentities(chain: FolderIdentity.chain(from: parent), output: output)
    }
}

private extension OutputFolder {
    func fail(_ reason: OutputFolderError.Reason) -> OutputFolderError {
        OutputFolderError(shownAs: shownAs, reason: reason)
    }

    func reason(for name: String) -> OutputFolderError.Reason {
        name.isEmpty ? .holdsTheSite : .insideSources(name)
    }

    func checkNames(sourceRoot: ResolvedPath) throws {
        if sourceRoot.isInside(path) { throw fail(.holdsTheSite) }
        for folder in SourceTreeReader.folders {
            let source = ResolvedPath(folder, relativeTo: sourceRoot.path)
            if source.isInside(path) || path.isInside(source) { throw fail(.insideSources(folder)) }
        }
    }

    /// `chain`: the output's deepest existing folder and those above it; `output`: the output
    /// folder itself when it exists.
    func checkIdentities(chain: [FolderIdentity], output: FolderIdentity?) throws {
        if let output, let name = holders[output] { throw fail(reason(for: name)) }
        // Inside the site's folder is fine (public/); inside a source folder is not.
        for identity in chain { if let name = protected[identity], !name.isEmpty { throw fail(.insideSources(name)) } }
    }

    func checkContents() throws {
        guard PosixFiles.exists(path.path) else { return }
        guard PosixFiles.isDirectory(path.path) else { throw fail(.notAFolder) }
        guard let names = try? PosixFiles.names(in: path.path) else { throw fail(.unreadable) }
        if names.contains(".git") { throw fail(.holdsProject("a git checkout (.git)")) }
        if PosixFiles.exists(path.path + "/content/site.yml") { throw fail(.holdsProject("a site's sources (content/site.yml)")) }
        if !names.isEmpty && !names.contains("index.html") { throw fail(.notASite) }
    }
}
