import Foundation
import PackagePlugin

/// Compiles the repository's `templates/` folder into the `MendDefaultTheme` module, so
/// the default theme ships inside the `mend` binary (a site's own templates override it
/// file by file). Runs on every build; the embedder reruns when a template changes.
@main
struct EmbedDefaultTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultThemeFiles.swift")
        let inputs = try files(under: templates)
        return [.buildCommand(
            displayName: "Embedding the default theme (\(inputs.count) files)",
            executable: try context.tool(named: "theme-embedder").url,
            arguments: [templates.path(percentEncoded: false), output.path(percentEncoded: false)],
            inputFiles: inputs,
            outputFiles: [output])]
    }

    private func files(under folder: URL) throws -> [URL] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        return enumerator.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path < $1.path }
    }
}
