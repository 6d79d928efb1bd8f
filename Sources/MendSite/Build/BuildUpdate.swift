/// What a build changed in the output: the files to write (new or different) and the
/// paths to delete, against the last build that succeeded. A failed build changes nothing.
public struct BuildUpdate: Sendable {
    /// The whole result: diagnostics, success, page count, every file.
    public let result: BuildResult
    /// Output files that are new or whose bytes differ from the last successful build's.
    public let written: [OutputFile]
    /// Output paths the last successful build had and this one does not.
    public let removed: [String]
    /// How many content files and comments were parsed again, and how many were reused.
    public let parsedCount: Int
    public let reusedCount: Int
    /// How many output files were rendered (or copied) again; those of them whose bytes
    /// changed are ``written``.
    public let renderedCount: Int
    /// Whether the update took the short path: edits that moved no page, applied to the
    /// last build's site in place (see ``IncrementalBuild/update(_:observe:)``).
    public var patched = false
}
