import Yams

/// The front matter most pages have, read without libyaml: a flat mapping of `key: value`
/// lines whose values are one-line plain or quoted scalars, flow lists of them on one line
/// (`[a, "b c"]`) or block lists of them (`- a` lines), with `#` comments and blank lines.
///
/// It makes exactly the nodes `Yams.compose` makes for such a text (strings, tags, styles and
/// marks), so everything that reads them behaves the same; for anything else it says `nil`
/// and ``YAMLDocument`` asks Yams. Equivalence is checked against Yams on generated texts
/// (FastMappingEquivalenceTests).
enum FastMapping {
    typealias Entry = (key: String, mark: Mark, value: Node)

    /// The mapping's entries in source order, or `nil` when the text is anything but the
    /// simple shape above: anchors, tags, block scalars, multi-line values, nested mappings,
    /// tabs, `\r`, control characters, a duplicate key, ….
    static func entries(in text: String) -> [Entry]? {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard FastMappingScanner.isPlainText(bytes) else { return nil }
            var scanner = FastMappingScanner(bytes: bytes)
            return scanner.entries()
        } ?? nil
    }
}

/// The line-by-line reader behind ``FastMapping``; scalars are in FastMapping+Scalars.swift.
struct FastMappingScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The current line: its 1-based number, where it starts and where its `\n` (or the text) ends.
    var line = 0
    var lineStart = 0
    var lineEnd = 0
    /// Yams gives all of a document's tags one constructor; this one is shared by every document.
    let constructor = FastMappingScanner.sharedConstructor

    /// Never changed after it is made (Constructor's maps are `let`s), so safe to share.
    nonisolated(unsafe) static let sharedConstructor = Constructor.default

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// A key whose line ended after its `:`: a block list may follow, else its value is empty.
    private struct OpenKey {
        let key: String
        let mark: Mark
        /// Where Yams puts the empty value: just after the `:`.
        let emptyMark: Mark
        var items: [Node] = []
        var itemIndent = 0
        var listMark: Mark?
    }

    mutating func entries() -> [FastMapping.Entry]? {
        var entries: [FastMapping.Entry] = []
        var open: OpenKey?
        var next = 0
        while next < bytes.count {
            startLine(at: next)
            next = lineEnd + 1
            var i = lineStart
            while i < lineEnd && bytes[i] == .space { i += 1 }
            if i == lineEnd || bytes[i] == .hash { continue }  // blank or comment
            if bytes[i] == .dash && (i + 1 == lineEnd || bytes[i + 1] == .space) {
                guard var key = open, key.items.isEmpty || i - lineStart == key.itemIndent,
                      let item = listItem(dashAt: i) else { return nil }
                if key.items.isEmpty {
                    guard let listMark = mark(at: i) else { return nil }
                    key.itemIndent = i - lineStart
                    key.listMark = listMark
                }
                key.items.append(item)
                open = key
                continue
            }
            guard i == lineStart else { return nil }  // an indented line that is not a list item
            if let key = open { entries.append(finished(key)) }
            open = nil
            guard let (key, colon) = self.key(), let mark = mark(at: lineStart) else { return nil }
            var valueStart = colon + 1
            while valueStart < lineEnd && bytes[valueStart] == .space { valueStart += 1 }
            if valueStart == lineEnd || bytes[valueStart] == .hash {
                guard let emptyMark = self.mark(at: colon + 1) else { return nil }
                open = OpenKey(key: key, mark: mark, emptyMark: emptyMark)
                continue
            }
            guard let value = blockValue(at: valueStart) else { return nil }
            entries.append((key, mark, value))
        }
        if let key = open { entries.append(finished(key)) }
        guard !Self.hasDuplicateKeys(entries) else { return nil }  // Yams' error says which
        return entries
    }

    /// Moves to the line starting at byte `start`.
    private mutating func startLine(at start: Int) {
        line += 1
        lineStart = start
        lineEnd = start
        while lineEnd < bytes.count && bytes[lineEnd] != .newline { lineEnd += 1 }
    }

    private func finished(_ key: OpenKey) -> FastMapping.Entry {
        guard let listMark = key.listMark else {
            return (key.key, key.mark, plainScalar("", mark: key.emptyMark))
        }
        // Yams reads a list's style from its end event, which holds none: `.any`.
        return (key.key, key.mark, .sequence(.init(key.items, Tag(.implicit, .default, constructor), .any, listMark)))
    }

    /// The key at the start of the line and the index of its `:`, which a space or the
    /// line's end follows. Keys are kept to letters, digits, `_`, `-` and `.`.
    private func key() -> (String, colon: Int)? {
        var i = lineStart
        guard i < lineEnd, bytes[i].isKeyStart else { return nil }
        while i < lineEnd && bytes[i].isKeyByte { i += 1 }
        guard i < lineEnd, bytes[i] == .colon, i + 1 == lineEnd || bytes[i + 1] == .space,
              i - lineStart <= 128 else { return nil }
        return (text(lineStart..<i), i)
    }

    /// A `- item` line's item: a plain or quoted scalar, with nothing after it but a comment.
    private func listItem(dashAt dash: Int) -> Node? {
        var i = dash + 1
        while i < lineEnd && bytes[i] == .space { i += 1 }
        guard i < lineEnd, bytes[i] != .hash, bytes[i] != .openBracket else { return nil }
        return blockValue(at: i)
    }

    /// The value starting at `start`, which runs to the end of the line (but for a comment).
    private func blockValue(at start: Int) -> Node? {
        let value: (node: Node, end: Int)?
        switch bytes[start] {
        case .openBracket: value = flowList(at: start)
        case .singleQuote, .doubleQuote: value = quotedScalar(at: start)
        default: value = blockPlainScalar(at: start)
        }
        guard let value, restIsComment(from: value.end) else { return nil }
        return value.node
    }

    /// Whether only spaces, or spaces and then a comment, follow `index` on the line.
    private func restIsComment(from index: Int) -> Bool {
        var i = index
        while i < lineEnd && bytes[i] == .space { i += 1 }
        return i == lineEnd || (bytes[i] == .hash && i > index)
    }

    /// `[a, "b c", 'd']`, closed on its line, without empty or trailing entries.
    private func flowList(at start: Int) -> (node: Node, end: Int)? {
        guard let listMark = mark(at: start) else { return nil }
        var items: [Node] = []
        var i = start + 1
        while i < lineEnd && bytes[i] == .space { i += 1 }
        if i < lineEnd && bytes[i] == .closeBracket {
            i += 1
        } else {
            while true {
                guard i < lineEnd else { return nil }
                let item: (node: Node, end: Int)?
                switch bytes[i] {
                case .singleQuote, .doubleQuote: item = quotedScalar(at: i)
                default: item = flowPlainScalar(at: i)
                }
                guard let item else { return nil }
                items.append(item.node)
                i = item.end
                while i < lineEnd && bytes[i] == .space { i += 1 }
                guard i < lineEnd else { return nil }
                if bytes[i] == .closeBracket { i += 1; break }
                guard bytes[i] == .comma else { return nil }
                i += 1
                while i < lineEnd && bytes[i] == .space { i += 1 }
            }
        }
        return (.sequence(.init(items, Tag(.implicit, .default, constructor), .any, listMark)), i)
    }

    /// Whether the text has only what libyaml reads as printable and ends lines at `\n`
    /// alone: no tab, `\r`, other control character, U+0085, U+2028, U+2029, BOM, U+FFFE/F.
    static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte < 0x80 {
                if (byte < 0x20 && byte != .newline) || byte == 0x7F { return false }
            } else if byte == 0xC2 {
                if i + 1 < count && bytes[i + 1] < 0xA0 { return false }
            } else if byte == 0xE2 {
                if i + 2 < count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) { return false }
            } else if byte == 0xEF {
                if i + 2 < count && ((bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF)
                                     || (bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE)) { return false }
            }
            i += 1
        }
        return true
    }

    /// Yams rejects a mapping with a key twice; its message is the one to show.
    static func hasDuplicateKeys(_ entries: [FastMapping.Entry]) -> Bool {
        guard entries.count > 1 else { return false }
        if entries.count <= 16 {
            for i in 1..<entries.count where entries[..<i].contains(where: { $0.key == entries[i].key }) { return true }
            return false
        }
        return Set(entries.map(\.key)).count != entries.count
    }
}
