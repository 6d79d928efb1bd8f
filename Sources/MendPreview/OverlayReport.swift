import Foundation
import MendSite

/// What the browser's error overlay shows, as JSON: every diagnostic of the last build
/// with its place, message and the offending source line (for a caret under the column).
struct OverlayReport: Sendable, Equatable {
    struct Entry: Codable, Sendable, Equatable {
        let file: String
        let line: Int
        let column: Int
        let severity: String
        let message: String
        /// The source line the diagnostic points at, when it points at a line of a text file.
        let source: String?
    }

    let entries: [Entry]

    static let empty = OverlayReport(entries: [])

    /// - Parameter text: A source file's bytes by path (the build's own copy of the sources).
    init(_ diagnostics: [Diagnostic], text: (String) -> [UInt8]?) {
        entries = diagnostics.map { diagnostic in
            let location = diagnostic.location
            let prefix = diagnostic.context.map { "\($0): " }.joined()
            return Entry(file: location.path, line: location.line, column: max(location.column, 1),
                         severity: diagnostic.severity.rawValue, message: prefix + diagnostic.message,
                         source: location.line > 0 ? text(location.path).flatMap { Self.line(location.line, of: $0) } : nil)
        }
    }

    private init(entries: [Entry]) {
        self.entries = entries
    }

    /// `{"errors":[…]}`.
    var json: String {
        struct Payload: Encodable { let errors: [Entry] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Payload(errors: entries))) ?? Data("{\"errors\":[]}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Line `number` (1-based) of `bytes`, without its line break; tabs shown as one space
    /// so the caret lines up.
    static func line(_ number: Int, of bytes: [UInt8]) -> String? {
        var current = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if current == number { return text(bytes[start..<index]) }
            current += 1
            start = index + 1
        }
        return current == number && start <= bytes.count ? text(bytes[start...]) : nil
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        var line = String(decoding: bytes, as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        return line.replacingOccurrences(of: "\t", with: " ")
    }
}
