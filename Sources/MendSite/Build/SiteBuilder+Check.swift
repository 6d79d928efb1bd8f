/// `mend check`'s core: a build in memory, then ``SiteCheck`` over its files.
public extension SiteBuilder {
    /// Builds the site (nothing is written) and checks it.
    /// - Returns: The build's result, and the check's diagnostics (none when the build
    ///   failed: its own diagnostics say why).
    func check(_ sources: [SourceFile]) -> (result: BuildResult, diagnostics: [Diagnostic]) {
        let (result, diagnostics, _) = checkWithExternalLinks(sources)
        return (result, diagnostics)
    }

    /// ``check(_:)``, and the content's links to other sites with where each is written (for
    /// `--external`, which fetches them: IO is the caller's).
    func checkWithExternalLinks(_ sources: [SourceFile])
        -> (result: BuildResult, diagnostics: [Diagnostic], external: [String: [SourceLocation]]) {
        var memory = BuildMemory(keepingSite: true)
        let result = build(sources, memory: &memory)
        guard result.succeeded, let site = memory.site else { return (result, [], [:]) }
        let check = SiteCheck(model: site.model, files: result.files)
        return (result, check.diagnostics().sorted(), check.externalLinks())
    }
}
