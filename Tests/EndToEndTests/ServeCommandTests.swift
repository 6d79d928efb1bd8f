import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `mend serve` as a person runs it: it prints its address, answers, leaves `public/`
/// alone, and stops cleanly on Ctrl-C and SIGTERM.
@Suite("mend serve on the command line", .serialized)
struct ServeCommandTests {
    /// A running `mend serve`, with what it printed so far.
    final class Server: @unchecked Sendable {
        let process = Process()
        let output = Pipe(), error = Pipe()
        private let lock = NSLock()
        private var printed = ""
        private var complained = ""

        init(_ arguments: [String], in site: URL) throws {
            process.executableURL = MendProcess.executable
            process.arguments = ["serve"] + arguments
            process.currentDirectoryURL = site
            process.standardOutput = output
            process.standardError = error
            process.standardInput = FileHandle.nullDevice
            output.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let text = String(decoding: handle.availableData, as: UTF8.self)
                self?.lock.withLock { self?.printed += text }
            }
            error.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let text = String(decoding: handle.availableData, as: UTF8.self)
                self?.lock.withLock { self?.complained += text }
            }
            try process.run()
        }

        var standardOutput: String { lock.withLock { printed } }
        var standardError: String { lock.withLock { complained } }

        /// The address it printed, within `timeout` seconds.
        func address(timeout: Double = 60) -> String? {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline && process.isRunning {
                if let line = standardOutput.split(separator: "\n").first(where: { $0.hasPrefix("Serving the site at ") }) {
                    return String(line.dropFirst("Serving the site at ".count).prefix { $0 != " " })
                }
                usleep(20_000)
            }
            return nil
        }

        /// Stops it if it still runs: SIGTERM, then after 5 seconds SIGKILL, so no test leaves a
        /// server behind whatever failed.
        func stop() {
            guard process.isRunning else { return }
            kill(process.processIdentifier, SIGTERM)
            if exit(timeout: 5) == nil { kill(process.processIdentifier, SIGKILL) }
        }

        /// Waits for the process to end, at most `timeout` seconds; its status, or `nil`.
        func exit(timeout: Double = 10) -> Int32? {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            return process.isRunning ? nil : process.terminationStatus
        }
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func itServesAndStopsCleanlyOnASignal(_ signal: Int32) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        let server = try Server(["--port", "0"], in: site)
        defer { server.stop() }
        let address = try #require(server.address(), "stdout: \(server.standardOutput) stderr: \(server.standardError)")
        #expect(address.hasPrefix("http://127.0.0.1:"))
        #expect(address.hasSuffix("/blog/"))
        let (page, _) = try await URLSession.shared.data(from: URL(string: address)!)
        #expect(String(decoding: page, as: UTF8.self).contains("_mend/live.js"))
        #expect(server.standardOutput.contains("Built "))
        kill(server.process.processIdentifier, signal)
        #expect(server.exit() == 0, "stderr: \(server.standardError)")
        #expect(server.standardOutput.contains("Stopped."))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path), "public/ is never touched")
        #expect(try folder.names(in: "site") == ["content"], "nothing is left behind")
    }

    @Test func aPortInUseIsAClearError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        let first = try Server(["--port", "0"], in: site)
        defer { first.stop() }
        let address = try #require(first.address())
        let port = try #require(URL(string: address)?.port)
        let second = try Server(["--port", String(port)], in: site)
        defer { second.stop() }
        #expect(second.exit(timeout: 30) == 1)
        #expect(second.standardError.contains("error: cannot serve at 127.0.0.1:\(port): the port is in use"), "\(second.standardError)")
    }

    @Test func anotherHostIsWarnedAbout() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        let server = try Server(["--port", "0", "--host", "0.0.0.0"], in: site)
        defer { server.stop() }
        let address = try #require(server.address())
        #expect(address.hasPrefix("http://127.0.0.1:"), "a wildcard address is shown as loopback")
        #expect(server.standardError.contains("warning: --host 0.0.0.0: the preview can be reached from other machines"))
        kill(server.process.processIdentifier, SIGTERM)
        #expect(server.exit() == 0)
    }

    @Test func aBadPortIsRefused() throws {
        let outcome = try MendProcess.run(["serve", "--port", "70000"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--port 70000"))
    }
}
