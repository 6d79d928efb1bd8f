import Foundation
import Testing

/// What `mend build` prints besides diagnostics: a summary; stage lines with --verbose; a
/// live progress line only on a terminal, and only once a build has taken a while.
@Suite("Progress output")
struct ProgressOutputTests {
    @Test func offATerminalABuildPrintsOnlyItsSummary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = try MendProcess.run(["build", "--source", Fixtures.site("valid-blog").path,
                                           "--output", folder.url.appendingPathComponent("out").path])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("Built "), "\(outcome.standardOutput)")
        #expect(!outcome.standardError.contains("[1/6]") && !outcome.standardError.contains("\u{1B}["), "\(outcome.standardError)")
    }

    @Test func verbosePrintsEveryStageWithItsTime() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = try MendProcess.run(["build", "--verbose", "--source", Fixtures.site("valid-blog").path,
                                           "--output", folder.url.appendingPathComponent("out").path])
        #expect(outcome.status == 0)
        for (number, stage) in ["read", "configure", "parse", "derive", "render", "write"].enumerated() {
            #expect(outcome.standardError.contains("[\(number + 1)/6] \(stage)"), "\(outcome.standardError)")
        }
        #expect(outcome.standardError.contains(" ms\n") && outcome.standardError.contains("time by stage: read "))
        let both = try MendProcess.run(["build", "--verbose", "--quiet", "--source", Fixtures.site("valid-blog").path])
        #expect(both.status != 0 && both.standardError.contains("--quiet and --verbose"))
    }

    @Test func onATerminalALongBuildShowsALiveLineAndAShortOneDoesNot() throws {
        let script = "/usr/bin/script"
        try #require(FileManager.default.isExecutableFile(atPath: script), "util-linux's script gives the build a terminal")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let command = "\(MendProcess.executable.path) build --source \(Fixtures.site("valid-blog").path) --output \(folder.url.path)/out"
        let live = try terminal(script, "MEND_PROGRESS_AFTER=0 " + command)
        #expect(live.contains("\r\u{1B}[2K[") && live.contains("[6/6] write"), "\(live.debugDescription)")
        #expect(live.contains("Built "))
        let quick = try terminal(script, command)
        #expect(quick.contains("Built ") && !quick.contains("[1/6]"), "a build under a second shows no progress: \(quick.debugDescription)")
        let quiet = try terminal(script, "MEND_PROGRESS_AFTER=0 " + command + " --quiet")
        #expect(!quiet.contains("[1/6]") && !quiet.contains("Built "), "\(quiet.debugDescription)")
    }

    /// Runs a shell command with a terminal as its standard output and error; returns what it printed.
    private func terminal(_ script: String, _ command: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-qefc", command, "/dev/null"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(command)")
        return String(decoding: data, as: UTF8.self)
    }
}
