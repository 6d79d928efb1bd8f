/// A build's output: the files to write, and every diagnostic.
public struct BuildResult: Sendable {
    /// Sorted by path; empty when the build failed. A clean build has every file of the
    /// site; a build from a ``BuildMemory`` only those it rendered again (a superset of
    /// those that changed).
    public let files: [OutputFile]
    /// The path of every file of the site, rendered or not, sorted; empty when the build failed.
    public let outputPaths: [String]
    /// Sorted by place.
    public let diagnostics: [Diagnostic]
    /// HTML pages among the files.
    public let pageCount: Int
    /// The path every URL of the site starts with, from its base URL: `/`, or `/blog/`.
    public let rootPath: String

    /// Whether warnings count as failures (``BuildOptions/strict``).
    public let strict: Bool

    /// No errors, and no warnings in strict mode.
    public var succeeded: Bool { !Self.fails(diagnostics, strict: strict) }

    init(files: [OutputFile], outputPaths: [String], diagnostics: [Diagnostic], pageCount: Int, strict: Bool = false,
         rootPath: String = "/") {
        let failed = Self.fails(diagnostics, strict: strict)
        self.strict = strict
        self.rootPath = rootPath
        self.files = failed ? [] : files
        self.outputPaths = failed ? [] : outputPaths
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
