import Foundation

/// Where the CLI prints: progress and diagnostics to standard error, the summary to standard output.
struct Console: Sendable {
    let quiet: Bool

    func progress(_ line: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    func summary(_ line: String) {
        guard !quiet else { return }
        print(line)
    }
}
