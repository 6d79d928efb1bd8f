import Foundation

/// What one update changed, as the browsers' script reads it: output paths relative to the
/// site's root (`posts/a/index.html`, `assets/style.css`).
struct ReloadEvent: Sendable, Equatable, Encodable {
    let version: Int
    let root: String
    let changed: [String]
    let removed: [String]

    /// The Server-Sent Events message.
    var message: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return ServerSentEvent.message(name: "update", data: String(decoding: data, as: UTF8.self))
    }
}
