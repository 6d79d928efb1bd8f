import ArgumentParser
import Foundation
import MendPreview
import MendServe
import MendSite

/// `mend serve`: the site built into memory and served on this machine, rebuilt and
/// reloaded in the browser on every save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site locally; pages reload by themselves when a source changes.",
        discussion: """
            Builds the site into memory (public/ is never touched) and serves it at \
            http://127.0.0.1:4000/, under base_url's own path (/blog/ for a site published \
            at https://example.org/blog/). Every change under content/, templates/ or static/ \
            rebuilds what it affects; open pages reload, a stylesheet is swapped in place, and \
            a build that fails shows its errors over the page until they are fixed. The \
            comment form posts to the preview, which writes a pending comment file (see \
            `mend comments approve`). Stop it with Ctrl-C.

            Example: mend serve --open --port 4001
            """)

    @Option(name: .long, help: "The site's folder, holding content/ and templates/.")
    var source = "."

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port = 4000

    @Option(name: .long, help: "The address to listen on. Anything but 127.0.0.1 lets other machines see the preview.")
    var host = "127.0.0.1"

    @Flag(name: .long, help: "Also show pages marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Open the site in the default browser once it is built.")
    var open = false

    @Flag(name: .long, help: "Look for changes by polling instead of inotify (for network and container folders).")
    var poll = false

    @Option(name: [.customShort("j"), .long], help: "Use at most this many threads (default: one per core).")
    var jobs: Int?

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port \(port): give a port from 1 to 65535, or 0 for any free one") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs \(jobs): give at least 1") }
    }

    func run() async throws {
        let console = Console(detail: .normal)
        let report = BuildReport(console: console, outputName: "", strict: false)
        let sourceRoot = try report.checked { try SourceFolder.check(source) }
        let configuration = PreviewConfiguration(root: URL(fileURLWithPath: sourceRoot.path), host: host, port: port,
                                                 options: BuildOptions(includeDrafts: drafts, jobs: jobs), polling: poll)
        if !configuration.isLoopback {
            console.error("warning: --host \(host): the preview can be reached from other machines, and its comment form writes files here")
        }
        let log = PreviewLog(console: console)
        let server = PreviewServer(configuration, log: log.print)
        let open = open
        do {
            try await server.run(handlingSignals: true) { address in
                PreviewLog.say("Serving the site at \(address) (Ctrl-C stops)")
                if open { Self.openBrowser(at: address) }
            }
        } catch {
            console.error("error: cannot serve at \(host):\(port): \(Self.reason(error))")
            throw ExitCode(1)
        }
        PreviewLog.say("Stopped.")
    }

    /// What went wrong binding, in words: the port is taken, most often.
    static func reason(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("Address already in use") { return "the port is in use (another `mend serve`?): choose another with --port" }
        if text.contains("Permission denied") { return "not allowed to listen there: choose a port above 1023" }
        if text.contains("Cannot assign requested address") { return "this machine has no such address: use --host 127.0.0.1" }
        return text
    }

    static func openBrowser(at address: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        #endif
        process.arguments = (process.executableURL?.path == "/usr/bin/env" ? ["xdg-open"] : []) + [address]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}
