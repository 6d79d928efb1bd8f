import Yams
@testable import MendSite

/// What the fast path and Yams are compared on, as text, so a difference shows in the
/// failure message.
enum YAMLComparison {
    /// A document's entries and diagnostics, with every node spelled out (see ``describe(_:)``).
    static func describe(_ document: YAMLDocument) -> String {
        var lines = document.entries.map { "\(describeKey($0.key)) @\($0.location): \(describe($0.value))" }
        lines += document.diagnostics.map(\.description)
        return lines.joined(separator: "\n")
    }

    /// A node exactly: its text as UTF-8 bytes where it is not plain ASCII (String's `==`
    /// would take é and e + U+0301 as equal), its tag before resolution, style and mark; then
    /// what it reads as (bool, int, float, null, Mend's null), which resolves the tag.
    static func describe(_ node: Node) -> String {
        let exact: String
        switch node {
        case .scalar(let scalar):
            exact = "scalar(\(text(scalar.string)) tag=\(scalar.tag.rawValue) style=\(scalar.style) at \(mark(scalar.mark)))"
        case .sequence(let sequence):
            exact = "sequence(tag=\(sequence.tag.rawValue) style=\(sequence.style) at \(mark(sequence.mark)) ["
                + sequence.map(describe).joined(separator: ", ") + "])"
        case .mapping(let mapping):
            exact = "mapping(tag=\(mapping.tag.rawValue) style=\(mapping.style) at \(mark(mapping.mark)) {"
                + mapping.map { "\(describe($0.key)): \(describe($0.value))" }.joined(separator: ", ") + "})"
        case .alias:
            exact = "alias"
        }
        let reads = "bool=\(String(describing: node.bool)) int=\(String(describing: node.int)) "
            + "float=\(String(describing: node.float)) null=\(node.null != nil) mendNull=\(YAMLFieldReader.isNull(node))"
        return "\(exact) \(reads)"
    }

    static func describeKey(_ key: String) -> String { text(key) }

    private static func text(_ string: String) -> String {
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") }) { return "'\(string)'" }
        return "bytes[" + string.utf8.map { String($0, radix: 16) }.joined(separator: " ") + "]"
    }

    private static func mark(_ mark: Mark?) -> String {
        mark.map { "\($0.line):\($0.column)" } ?? "nil"
    }
}
