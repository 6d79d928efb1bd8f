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
            Reads content/ and templates/ under the source folder and writes the site into the \
            output folder. Errors are listed as path:line:column: error: message, all of them; \
            the output folder is only replaced when the build succeeds.
            """)

    @Option(name: .long, help: "The site's folder, holding content/ and templates/.")
    var source = "."

    @Option(name: .long, help: "Where to write the site (default: <source>/public).")
    var output: String?

    @Flag(name: .long, help: "Also publish pages marked draft: true.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: "Publish under this address instead of site.yml's base_url.")
    var baseURL: String?

    @Option(name: .long, help: ArgumentHelp(
        "The date comments.close_after_days counts from (default: the newest date in the content).",
        valueName: "YYYY-MM-DD"))
    var now: String?

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    func validate() throws {
        if let now, ContentDate(now) == nil {
            throw ValidationError("--now '\(now)' is not a date: write it as 2024-05-01 or 2024-05-01T09:30:00Z")
        }
    }

    func run() throws {
        let sourceRoot = URL(fileURLWithPath: source)
        let outputFolder = output.map { URL(fileURLWithPath: $0) } ?? sourceRoot.appendingPathComponent("public")
        let console = Console(quiet: quiet)
        let clock = StageClock(console: console, stageCount: BuildEvent.stages.count + 2)

        let sources = try clock.run("read", detail: { "\($0.count) files" }) {
            try SourceTreeReader(root: sourceRoot).readWithDefaultTheme()
        }
        let options = BuildOptions(includeDrafts: drafts, baseURL: baseURL, now: now.flatMap(ContentDate.init))
        let result = SiteBuilder(options: options)
            .build(sources, observe: clock.observe)
        for diagnostic in result.diagnostics { console.error(diagnostic.description) }
        guard result.succeeded else {
            let count = result.diagnostics.filter { $0.severity == .error }.count
            console.error("Build failed with \(count) error\(count == 1 ? "" : "s"); \(outputFolder.relativePath) was left as it was.")
            throw ExitCode.failure
        }
        try clock.run("write", detail: { _ in "\(result.files.count) files" }) {
            try SiteWriter(output: outputFolder).write(result.files, sourceRoot: sourceRoot)
        }
        console.summary("Built \(result.pageCount) pages in \(clock.totalMilliseconds) ms into \(outputFolder.relativePath)/")
    }
}
