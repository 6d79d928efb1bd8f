import Foundation
@testable import MendPreview
import Testing

/// Malformed requests, slow clients and many connections at once do not stop the preview.
@Suite("mend serve keeps answering", .serialized)
struct RobustnessTests {
    @Test func malformedRequestsGetAnErrorAndTheServerGoesOn() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let garbage: [[UInt8]] = [
            Array("GARBAGE\r\n\r\n".utf8),
            Array("GET /blog/ HTTP/9.9\r\n\r\n".utf8),
            Array("GET /blog/ HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n".utf8),
            Array("GET /blog/ HTTP/1.1\r\nX: \(String(repeating: "a", count: 100_000))\r\n\r\n".utf8),
            [0, 1, 2, 255, 254, 13, 10, 13, 10],
            Array("POST /blog/_mend/comments HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nzz\r\n".utf8),
        ]
        for request in garbage {
            let answer = try await preview.send(request, timeout: 5)
            if !answer.isEmpty { #expect(String(decoding: answer.prefix(12), as: UTF8.self).hasPrefix("HTTP/1.1 4")) }
        }
        #expect(try await preview.get("/blog/").status == 200)
    }

    @Test func aSlowClientDoesNotBlockOthers() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        // Half a request, left open.
        let slow = try RawHTTP.connect(port: preview.port, timeout: 1)  // connecting does not wait on the server
        defer { close(slow) }
        _ = "GET /blog/ HTTP/1.1\r\nHo".withCString { send(slow, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        let start = Date()
        #expect(try await preview.get("/blog/").status == 200)
        #expect(Date().timeIntervalSince(start) < 5)
    }

    /// Three hundred connections open at once, each then asking for a page.
    @Test func threeHundredConnectionsHeldOpenAtOnce() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let port = preview.port
        let statuses = try await Blocking.run { () -> [Int] in
            let sockets = try (0..<300).map { _ in try RawHTTP.connect(port: port, timeout: 10) }
            defer { sockets.forEach { close($0) } }
            for socket in sockets {
                let request = "GET /blog/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                _ = request.withCString { send(socket, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
            }
            return try sockets.map { try RawHTTP.parse(RawHTTP.readAll($0)).status }
        }
        #expect(statuses == Array(repeating: 200, count: 300))
        #expect(try await preview.get("/blog/").status == 200)
    }

    @Test func threeHundredConcurrentConnections() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let port = preview.port
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<300 {
                group.addTask {
                    let path = ["/blog/", "/blog/posts/first-post/", "/blog/assets/style.css", "/blog/nope/"][index % 4]
                    return try await Blocking.run { try RawHTTP.get(path, port: port).status }
                }
            }
            var all: [Int] = []
            for try await status in group { all.append(status) }
            return all
        }
        #expect(statuses.count == 300)
        #expect(statuses.filter { $0 == 200 }.count == 225)
        #expect(statuses.filter { $0 == 404 }.count == 75)
        #expect(try await preview.get("/blog/").status == 200)
    }
}
