/// The open event streams of the browsers looking at the preview: each gets every message
/// sent after it connected. Closing the hub ends every stream (so the server can shut down
/// while browsers are still listening) and refuses new ones.
final class ReloadHub: Sendable {
    private struct Clients {
        var streams: [Int: AsyncStream<String>.Continuation] = [:]
        var next = 0
        var closed = false
    }

    private let clients = Locked(Clients())

    /// A new stream, and its continuation for messages to this browser alone; already
    /// finished when the hub is closed.
    func subscribe() -> (AsyncStream<String>, AsyncStream<String>.Continuation) {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let id: Int? = clients.withLock { clients in
            guard !clients.closed else { return nil }
            let id = clients.next
            clients.next += 1
            clients.streams[id] = continuation
            return id
        }
        guard let id else {
            continuation.finish()
            return (stream, continuation)
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.clients.withLock { $0.streams.removeValue(forKey: id) }
        }
        return (stream, continuation)
    }

    /// Whether ``close()`` was called.
    var isClosed: Bool { clients.withLock { $0.closed } }

    /// How many browsers are listening.
    var count: Int { clients.withLock { $0.streams.count } }

    func send(_ message: String) {
        let streams = clients.withLock { Array($0.streams.values) }
        for stream in streams { stream.yield(message) }
    }

    func close() {
        let streams = clients.withLock { clients in
            clients.closed = true
            defer { clients.streams = [:] }
            return Array(clients.streams.values)
        }
        for stream in streams { stream.finish() }
    }
}
