/// The text of Server-Sent Events messages (the HTML standard's `text/event-stream`).
enum ServerSentEvent {
    /// An event named `name`; each line of `data` on its own `data:` line.
    static func message(name: String, data: String) -> String {
        var text = "event: \(name)\n"
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) { text += "data: \(line)\n" }
        return text + "\n"
    }

    /// Sent first: how long a browser waits before reconnecting, in milliseconds.
    static let retry = "retry: 500\n\n"

    /// A comment line, to keep an idle connection open.
    static let keepAlive = ": keep-alive\n\n"
}
