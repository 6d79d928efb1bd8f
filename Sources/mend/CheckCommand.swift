import ArgumentParser
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MendServe
import MendSite

/// `mend check`: build the site in memory and report what would trip a reader.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Build the site in memory (writing nothing) and check its links, anchors, images and headings.",
        discussion: """
            Reports, as path:line:column: error|warning: message (the Markdown position where \
            there is one): links, #anchors, images and files that go nowhere, in the content and \
            in what the theme writes; images without alt text; headings that skip a level or add \
            a second h1; pages without a summary, and pages with the same title or summary as \
            another. The build's own diagnostics come first. With --external, the content's \
            links to other sites are fetched too (HEAD, then GET; 8 at a time, 10 seconds each): \
            an answer of 400 or more is an error, no answer a warning, with a count of the \
            answers by status. Exits with 1 on any error (and, with --strict, on any warning), \
            0 otherwise.

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

    @Flag(name: .long, help: "Also fetch the content's links to other sites.")
    var external = false

    @Option(name: .long, help: "With --external: seconds each request may take.")
    var timeout: Double = 10

    func run() async throws {
        let console = Console(quiet: quiet)
        let root: ResolvedPath
        do {
            root = try SourceFolder.check(source)
        } catch let failure as SourceFolderError {
            console.error(failure.description)
            throw ExitCode.failure
        }
        let tree = SourceTreeReader(root: URL(fileURLWithPath: root.path)).readTreeWithDefaultTheme()
        let (result, found, links) = SiteBuilder(options: BuildOptions(includeDrafts: drafts)).checkWithExternalLinks(tree.files)
        var diagnostics = BuiltInThemeNote.noting(tree.diagnostics + result.diagnostics + found, builtIn: tree.builtInPaths)
        var externalSummary: String?
        if external && result.succeeded {
            let answers = await ExternalLinkChecker(timeout: timeout).check(Array(links.keys))
            diagnostics += Self.diagnostics(answers, links: links)
            externalSummary = Self.summary(answers)
        }
        for diagnostic in diagnostics { console.report(diagnostic) }
        if let externalSummary { console.summary(externalSummary) }
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

    /// An error where each link written is that answered 400 or more; a warning where one that
    /// did not answer is.
    static func diagnostics(_ answers: [String: ExternalLinkChecker.Answer], links: [String: [SourceLocation]]) -> [Diagnostic] {
        answers.sorted { $0.key < $1.key }.flatMap { url, answer -> [Diagnostic] in
            guard !answer.isFine else { return [] }
            return (links[url] ?? []).map { location in
                if let status = answer.status {
                    let reason = HTTPURLResponse.localizedString(forStatusCode: status)
                    return .error(at: location, "the link \(url) answers \(status) (\(reason)): fix or remove it")
                }
                return .warning(at: location, "the link \(url) did not answer: \(answer.failure ?? "no answer"); check it by hand")
            }
        }.sorted()
    }

    /// "External links: 12 checked: 10 × 200, 1 × 404, 1 without an answer."
    static func summary(_ answers: [String: ExternalLinkChecker.Answer]) -> String {
        var byStatus: [Int: Int] = [:]
        var silent = 0
        for answer in answers.values {
            if let status = answer.status { byStatus[status, default: 0] += 1 } else { silent += 1 }
        }
        var parts = byStatus.keys.sorted().map { "\(byStatus[$0]!) × \($0)" }
        if silent > 0 { parts.append("\(silent) without an answer") }
        return "External links: \(answers.count) checked" + (parts.isEmpty ? "." : ": " + parts.joined(separator: ", ") + ".")
    }
}
