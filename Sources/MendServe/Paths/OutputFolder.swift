/// Where a build may write its site, checked before anything is read: never the site's
/// folder, a folder holding it, or a place inside its sources, whatever the spelling
/// (symbolic links, `..`, `.`, doubled slashes); never a folder that is not a site.
public struct OutputFolder: Sendable, Equatable {
    /// The output folder, resolved.
    public let path: ResolvedPath
    /// As the user wrote it, for messages.
    public let shownAs: String

    /// Checks `output` against the site at `sourceRoot`.
    /// - Parameters:
    ///   - output: The output folder as given (`--output`), relative to the working folder.
    ///   - sourceRoot: The site's folder, resolved.
    /// - Throws: ``OutputFolderError`` when writing there could harm the sources or another folder.
    public init(_ output: String, sourceRoot: ResolvedPath) throws {
        let resolved = ResolvedPath(output)
        self.path = resolved
        self.shownAs = output
        try check(sourceRoot: sourceRoot)
    }
}

private extension OutputFolder {
    func check(sourceRoot: ResolvedPath) throws {
        if sourceRoot.isInside(path) { throw OutputFolderError(shownAs: shownAs, reason: .holdsTheSite) }
        for folder in SourceTreeReader.folders {
            let source = ResolvedPath(folder, relativeTo: sourceRoot.path)
            if source.isInside(path) || path.isInside(source) {
                throw OutputFolderError(shownAs: shownAs, reason: .insideSources(folder))
            }
        }
        guard PosixFiles.exists(path.path) else { return }
        guard PosixFiles.isDirectory(path.path) else { throw OutputFolderError(shownAs: shownAs, reason: .notAFolder) }
        let names = (try? PosixFiles.names(in: path.path)) ?? []
        if names.contains(".git") { throw OutputFolderError(shownAs: shownAs, reason: .holdsProject("a git checkout (.git)")) }
        if PosixFiles.exists(path.path + "/content/site.yml") {
            throw OutputFolderError(shownAs: shownAs, reason: .holdsProject("a site's sources (content/site.yml)"))
        }
        if !names.isEmpty && !names.contains("index.html") {
            throw OutputFolderError(shownAs: shownAs, reason: .notASite)
        }
    }
}
