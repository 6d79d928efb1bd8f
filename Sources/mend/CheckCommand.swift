import ArgumentParser
import Foundation
import MendServe
import MendSite

/// `mend check`: build the site in memory and report what would trip a reader.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Build the site in memory (writing nothing) and check its links, anchors, images and headings.",
        discussion: """
            Reports, as path:line:column: error|warning: message (the Markdown position where \
            there is one): links, #anchors, images and files that go nowhere, in the content and \
            in what the theme writes; images without alt text; headings that skip a level or add \
            a second h1; pages without a summary, and pages with the same title or summary as \
            another. The build's own diagnostics come first. Exits with 1 on any error (and, \
            with --strict, on any warning), 0 otherwise.

            Example: mend check --strict
            """)

    @Option(name: .long, help: "The site's folder, holding content/ and templates/.")
    var source = "."

    @Flag(name: .long, help: "Also check pages marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    func run() throws {
        let console = Console(quiet: quiet)
        let root: ResolvedPath
        do {
            root = try SourceFolder.check(source)
        } catch let failure as SourceFolderError {
            console.error(failure.description)
            throw ExitCode.failure
        }
        let tree = SourceTreeReader(root: URL(fileURLWithPath: root.path)).readTreeWithDefaultTheme()
        let (result, found) = SiteBuilder(options: BuildOptions(includeDrafts: drafts)).check(tree.files)
        let diagnostics = BuiltInThemeNote.noting(tree.diagnostics + result.diagnostics + found, builtIn: tree.builtInPaths)
        for diagnostic in diagnostics { console.report(diagnostic) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        guard result.succeeded else {
            console.error("Check stopped: the site does not build (\(errors) error\(errors == 1 ? "" : "s")).")
            throw ExitCode.failure
        }
        let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if errors > 0 || (strict && warnings > 0) {
            console.error("Check failed: \(counts) in \(result.pageCount) pages\(errors == 0 ? " (--strict: warnings count)" : "").")
            throw ExitCode.failure
        }
        console.summary("Checked \(result.pageCount) pages: \(counts).")
    }
}
