import Foundation
@testable import MendPreview
import MendSite

/// A preview server on an ephemeral port over a temporary copy of a fixture, as
/// `mend serve --port 0` runs it, stopped by ``stop()``.
final class RunningPreview: @unchecked Sendable {
    let site: TemporarySite
    let server: PreviewServer
    let port: Int
    let root: String
    private let task: Task<Void, any Error>
    let messages = Locked<[PreviewMessage]>([])

    init(_ fixture: String, prepare: (TemporarySite) throws -> Void = { _ in }, polling: Bool = false) async throws {
        site = try TemporarySite(fixture)
        try prepare(site)
        let messages = self.messages
        server = PreviewServer(PreviewConfiguration(root: site.root, port: 0, polling: polling)) { message in
            messages.withLock { $0.append(message) }
        }
        let ready = AsyncStream<String>.makeStream()
        let server = self.server
        task = Task { try await server.run(handlingSignals: false) { ready.continuation.yield($0) } }
        var address: String?
        for await first in ready.stream { address = first; break }
        guard let address, let url = URL(string: address), let port = url.port else { throw RawHTTP.Failure(description: "no address") }
        self.port = port
        root = url.path.hasSuffix("/") ? url.path : url.path + "/"
    }

    var origin: String { "http://127.0.0.1:\(port)" }
    var session: String { server.site.session }

    func get(_ path: String, headers: [String: String] = [:]) async throws -> RawHTTP.Response {
        let port = port
        return try await Blocking.run { try RawHTTP.get(path, port: port, headers: headers) }
    }

    func request(_ method: String, _ path: String, headers: [String: String] = [:], body: [UInt8] = []) async throws -> RawHTTP.Response {
        let port = port
        return try await Blocking.run { try RawHTTP.request(method, path, port: port, headers: headers, body: body) }
    }

    func send(_ bytes: [UInt8], timeout: Double = 10) async throws -> [UInt8] {
        let port = port
        return try await Blocking.run { try RawHTTP.send(bytes, port: port, timeout: timeout) }
    }

    /// An event stream for the page at `output`, as its script opens it.
    func events(page: String, session: String? = nil, version: Int? = nil) async throws -> EventStream {
        let (port, root, session, version) = (port, root, session ?? self.session, version ?? self.version(of: page) ?? 0)
        return try await Blocking.run { try EventStream(port: port, root: root, page: page, session: session, version: version) }
    }

    /// The version the page at `output` (such as `index.html`) was served in.
    func version(of output: String) -> Int? {
        server.site.snapshot.files[output]?.version
    }

    /// Waits until `condition` holds (checked every 20 ms), at most `timeout` seconds.
    func eventually(timeout: Double = 10, _ condition: () async throws -> Bool) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try await condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return try await condition()
    }

    func stop() async {
        task.cancel()
        _ = try? await task.value
        site.remove()
    }

    /// The page as `mend build` would write it: the live-reload tag taken out.
    static func withoutScript(_ text: String) -> String {
        guard let start = text.range(of: "<script src=\"", options: .backwards),
              text[start.lowerBound...].contains("_mend/live.js"),
              let end = text[start.lowerBound...].range(of: "</script>") else { return text }
        return String(text[..<start.lowerBound]) + String(text[end.upperBound...])
    }
}
