/// A build's output: the files to write, and every diagnostic.
public struct BuildResult: Sendable {
    /// Sorted by path; empty when the build failed.
    public let files: [OutputFile]
    /// Sorted by place.
    public let diagnostics: [Diagnostic]
    /// HTML pages among the files.
    public let pageCount: Int

    /// Whether warnings count as failures (``BuildOptions/strict``).
    public let strict: Bool

    /// No errors, and no warnings in strict mode.
    public var succeeded: Bool { !Self.fails(diagnostics, strict: strict) }

    init(files: [OutputFile], diagnostics: [Diagnostic], pageCount: Int, strict: Bool = false) {
        let failed = Self.fails(diagnostics, strict: strict)
        self.strict = strict
        self.files = failed ? [] : files
        var unique: [Diagnostic] = []
        for diagnostic in diagnostics.sorted() where unique.last != diagnostic { unique.append(diagnostic) }
        self.diagnostics = unique
        self.pageCount = failed ? 0 : pageCount
    }

    /// Whether `diagnostics` fail a build.
    public static func fails(_ diagnostics: [Diagnostic], strict: Bool) -> Bool {
        diagnostics.contains { $0.failsBuild(strict: strict) }
    }
}
