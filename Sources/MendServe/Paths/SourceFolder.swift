/// The site's folder (`--source`), checked before anything is read.
public enum SourceFolder {
    /// Resolves `path` and checks that it is a folder holding a site's sources.
    /// - Returns: The resolved folder.
    /// - Throws: ``SourceFolderError`` when it does not exist, is not a folder, or holds
    ///   neither `content/` nor `templates/`.
    public static func check(_ path: String) throws -> ResolvedPath {
        let resolved = ResolvedPath(path)
        guard PosixFiles.exists(resolved.path) else { throw SourceFolderError(shownAs: path, reason: .missing) }
        guard PosixFiles.isDirectory(resolved.path) else { throw SourceFolderError(shownAs: path, reason: .notAFolder) }
        let hasSources = ["content", "templates"].contains { PosixFiles.exists(resolved.path + "/" + $0) }
        guard hasSources else { throw SourceFolderError(shownAs: path, reason: .notASite) }
        return resolved
    }
}
