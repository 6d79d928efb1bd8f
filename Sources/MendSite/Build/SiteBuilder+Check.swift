/// `mend check`'s core: a build in memory, then ``SiteCheck`` over its files.
public extension SiteBuilder {
    /// Builds the site (nothing is written) and checks it.
    /// - Returns: The build's result, and the check's diagnostics (none when the build
    ///   failed: its own diagnostics say why).
    func check(_ sources: [SourceFile]) -> (result: BuildResult, diagnostics: [Diagnostic]) {
        var memory = BuildMemory(keepingSite: true)
        let result = build(sources, memory: &memory)
        guard result.succeeded, let site = memory.site else { return (result, []) }
        return (result, SiteCheck(model: site.model, files: result.files).diagnostics().sorted())
    }
}
