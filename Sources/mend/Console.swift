import Foundation
import MendSite

/// Where the CLI prints: progress and diagnostics to standard error, the summary to standard output.
struct Console: Sendable {
    /// How much a command prints besides its diagnostics.
    enum Detail: Sendable {
        /// Only errors and warnings (`--quiet`).
        case quiet
        /// The summary; on a terminal, a live progress line when a build takes more than a second.
        case normal
        /// Every stage with its timing and what it did, and what was reused (`--verbose`).
        case verbose
    }

    let detail: Detail
    /// Whether standard output and standard error are both a terminal (a person watching).
    let isTerminal: Bool

    init(detail: Detail) {
        self.detail = detail
        isTerminal = isatty(STDOUT_FILENO) != 0 && isatty(STDERR_FILENO) != 0
    }

    init(quiet: Bool) {
        self.init(detail: quiet ? .quiet : .normal)
    }

    /// Whether a live progress line is drawn.
    var showsLiveProgress: Bool { detail == .normal && isTerminal }

    func verbose(_ line: String) {
        guard detail == .verbose else { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A diagnostic on standard error: its severity in colour on a terminal (not with `NO_COLOR`).
    func report(_ diagnostic: Diagnostic) {
        let coloured = Diagnostic.usesColour(isTerminal: isatty(STDERR_FILENO) != 0,
                                             environment: ProcessInfo.processInfo.environment)
        error(diagnostic.description(coloured: coloured))
    }

    func summary(_ line: String) {
        guard detail != .quiet else { return }
        print(line)
    }
}
