import Foundation
import MendPreview
import MendSite

/// How `mend serve` reports to the terminal: diagnostics to standard error as
/// `path:line:column: error: message`, each rebuild on a line of its own.
struct PreviewLog: Sendable {
    let console: Console

    func print(_ message: PreviewMessage) {
        switch message {
        case .listening: break
        case .built(let pages, let diagnostics, let milliseconds):
            report(diagnostics)
            Self.say("Built \(pages) pages in \(milliseconds) ms")
        case .updated(let changed, let files, let diagnostics, let milliseconds):
            report(diagnostics)
            let what = files == 0 ? "no page changed" : files == 1 ? "1 file changed" : "\(files) files changed"
            Self.say("\(Self.list(changed)): \(what), in \(milliseconds) ms")
        case .failed(let diagnostics, let changed, let milliseconds):
            report(diagnostics)
            let errors = diagnostics.filter { $0.severity == .error }.count
            let after = changed.isEmpty ? "" : "\(Self.list(changed)): "
            console.error("\(after)the build failed with \(errors == 1 ? "1 error" : "\(errors) errors") (in \(milliseconds) ms); "
                + "still serving the last build that worked")
        case .polling(let reason):
            console.error("warning: \(reason); looking for changes by polling instead")
        }
    }

    /// A line on standard output at once (not held in a buffer when it is a pipe).
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { console.error(diagnostic.description) }
    }

    /// `content/a.md`, `content/a.md and content/b.md`, `content/a.md and 3 more`.
    static func list(_ paths: [String]) -> String {
        let unique = Array(Set(paths)).sorted()
        switch unique.count {
        case 0: return "rebuilt"
        case 1: return unique[0]
        case 2: return unique[0] + " and " + unique[1]
        default: return unique[0] + " and \(unique.count - 1) more"
        }
    }
}
