/// A build's output: the files to write, and every diagnostic.
public struct BuildResult: Sendable {
    /// Sorted by path; empty when the build failed.
    public let files: [OutputFile]
    /// Sorted by place.
    public let diagnostics: [Diagnostic]
    /// HTML pages among the files.
    public let pageCount: Int

    /// No errors (warnings allowed).
    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }

    init(files: [OutputFile], diagnostics: [Diagnostic], pageCount: Int) {
        let failed = diagnostics.contains { $0.severity == .error }
        self.files = failed ? [] : files
        var unique: [Diagnostic] = []
        for diagnostic in diagnostics.sorted() where unique.last != diagnostic { unique.append(diagnostic) }
        self.diagnostics = unique
        self.pageCount = failed ? 0 : pageCount
    }
}
