import ArgumentParser
import Foundation
import MendServe
import MendSite

/// `mend build`: the site's sources -> a static site in the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into a folder of static files.",
        discussion: """
            Reads content/, templates/ and static/ under the source folder and writes the site \
            into the output folder. Errors are listed as path:line:column: error: message, all of \
            them; the output folder is only replaced when the build succeeds, in one step.

            Example: mend build --strict --output public
            """)

    @Option(name: .long, help: "The site's folder, holding content/ and templates/.")
    var source = "."

    @Option(name: .long, help: "Where to write the site (default: <source>/public). Never inside the sources.")
    var output: String?

    @Flag(name: .long, help: "Also publish pages marked draft: true.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: "Publish under this address instead of site.yml's base_url.")
    var baseURL: String?

    @Option(name: .long, help: ArgumentHelp(
        "The date comments.close_after_days counts from (default: the newest date in the content).",
        valueName: "YYYY-MM-DD"))
    var now: String?

    @Flag(name: .long, help: "Fail on warnings too (for CI): the output is left as it was.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print every stage with its time and what it did.")
    var verbose = false

    @Option(name: [.customShort("j"), .long], help: "Use at most this many threads (default: one per core). The output is the same for every value.")
    var jobs: Int?

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose ask for opposite things: give one of them") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs \(jobs): give at least 1") }
        if let now, ContentDate(now) == nil {
            throw ValidationError("--now '\(now)' is not a date: write it as 2024-05-01 or 2024-05-01T09:30:00Z")
        }
    }

    func run() throws {
        let console = Console(detail: quiet ? .quiet : verbose ? .verbose : .normal)
        let outputName = output ?? (source == "." ? "public" : source + "/public")
        let report = BuildReport(console: console, outputName: outputName, strict: strict)
        let sourceRoot = try report.checked { try SourceFolder.check(source) }
        let outputFolder = try report.checked { try OutputFolder(outputName, sourceRoot: sourceRoot) }
        let clock = StageClock(console: console, stageCount: BuildEvent.stages.count + 2)

        var tree = clock.run("read", detail: { "\($0.files.count) files" }) {
            SourceTreeReader(root: URL(fileURLWithPath: sourceRoot.path), jobs: jobs).readTreeWithDefaultTheme()
        }
        try report.stopIfFailed(tree.diagnostics)
        try report.checked { try outputFolder.check(linkedFolders: tree.linkedFolders) }
        let options = BuildOptions(includeDrafts: drafts, baseURL: baseURL, now: now.flatMap(ContentDate.init),
                                   strict: strict, jobs: jobs)
        // Pages are written into the staging folder as they are rendered; the output folder
        // is replaced only once the whole site is there.
        let writer = SiteWriter(output: outputFolder)
        let site = try report.checked { try writer.begin() }
        // Handed over, not copied: the builder lets go of the files' bytes once they are parsed.
        let files = tree.files
        tree.files = []
        let result = SiteBuilder(options: options).build(consume files, observe: clock.observe, emit: site.hand)
        if !result.succeeded {
            site.abandon()
            clock.finish()
        }
        try report.stopIfFailed(BuiltInThemeNote.noting(tree.diagnostics + result.diagnostics, builtIn: tree.builtInPaths))
        try report.checked {
            try clock.run("write", detail: { _ in "\(site.count) files" }) { try site.finish() }
        }
        clock.finish()
        console.summary("Built \(result.pageCount) pages in \(clock.totalMilliseconds) ms into \(outputName)/")
        writer.remover.waitUntilIdle()
    }
}
