import Foundation
@testable import MendPreview
#if canImport(Glibc)
import Glibc
#endif

/// A browser's side of the preview's event stream, read event by event.
// @unchecked: used by one test at a time, each read on a thread of its own (``Blocking``).
final class EventStream: @unchecked Sendable {
    struct Event: Equatable {
        let name: String
        let data: String
    }

    private let socket: Int32
    private var buffer: [UInt8] = []
    private var headerRead = false

    init(port: Int, root: String, page: String, session: String, version: Int) throws {
        socket = try RawHTTP.connect(port: port, timeout: 0.2)
        let query = "page=\(page)&session=\(session)&version=\(version)"
        let request = "GET \(root)_mend/events?\(query) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        _ = request.withCString { Glibc.send(socket, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
    }

    deinit { close(socket) }

    /// The next event, or `nil` when none comes within `timeout` seconds (or the stream ends).
    func next(timeout: Double = 10) async -> Event? {
        (try? await Blocking.run { self.nextBlocking(timeout: timeout) }) ?? nil
    }

    func next(named name: String, timeout: Double = 10) async -> Event? {
        (try? await Blocking.run { self.nextBlocking(named: name, timeout: timeout) }) ?? nil
    }

    func ends(within timeout: Double) async -> Bool {
        (try? await Blocking.run { self.endsBlocking(within: timeout) }) ?? false
    }

    private func nextBlocking(timeout: Double) -> Event? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let event = take() { return event }
            var chunk = [UInt8](repeating: 0, count: 16384)
            let count = recv(socket, &chunk, chunk.count, 0)
            if count == 0 { return nil }
            if count > 0 { buffer += chunk[0..<count] }
        }
        return nil
    }

    private func nextBlocking(named name: String, timeout: Double) -> Event? {
        let deadline = Date().addingTimeInterval(timeout)
        while let event = nextBlocking(timeout: max(deadline.timeIntervalSinceNow, 0.01)) {
            if event.name == name { return event }
        }
        return nil
    }

    private func endsBlocking(within timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var chunk = [UInt8](repeating: 0, count: 16384)
            let count = recv(socket, &chunk, chunk.count, 0)
            if count == 0 { return true }
            if count > 0 { buffer += chunk[0..<count] }
        }
        return false
    }

    /// The body so far, without HTTP's chunk framing.
    private var payload: [UInt8] = []

    private func take() -> Event? {
        if !headerRead {
            guard let end = Self.find([13, 10, 13, 10], in: buffer) else { return nil }
            buffer.removeFirst(end + 4)
            headerRead = true
        }
        // Chunks: a hexadecimal size line, the bytes, CRLF.
        while let lineEnd = Self.find([13, 10], in: buffer) {
            guard let size = Int(String(decoding: buffer[..<lineEnd], as: UTF8.self), radix: 16) else { break }
            guard buffer.count >= lineEnd + 2 + size + 2 else { break }
            payload += buffer[(lineEnd + 2)..<(lineEnd + 2 + size)]
            buffer.removeFirst(lineEnd + 2 + size + 2)
        }
        while let end = Self.find([10, 10], in: payload) {
            let block = String(decoding: payload[..<end], as: UTF8.self)
            payload.removeFirst(end + 2)
            var name = "message", data: [String] = []
            for line in block.split(separator: "\n") {
                if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
            }
            if !data.isEmpty { return Event(name: name, data: data.joined(separator: "\n")) }
        }
        return nil
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        return (0...(bytes.count - pattern.count)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }
}
