/// The parts of a content file: YAML between a first line `---` and the next line that
/// is `---` (or `...`), and the Markdown after it. Line ends may be `\n` or `\r\n`; both
/// parts come out with `\n` only.
///
/// Works on the UTF-8 bytes: finding the marker lines is one pass, and without a `\r`
/// in the file each part is one copy of a slice.
struct FrontMatterSplit {
    let yaml: String
    let body: String
    /// The 1-based file line the body starts on.
    let bodyLine: Int

    /// `nil` when the file does not start with `---` or the front matter is never closed.
    init?(_ text: String) {
        var bytes = Substring(text).utf8[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let firstEnd = Self.lineEnd(in: bytes, from: bytes.startIndex),
              Self.isMarker(bytes[bytes.startIndex..<firstEnd], allowingDots: false) else { return nil }
        let yamlStart = bytes.index(after: firstEnd)
        var lineStart = yamlStart
        var line = 2
        while true {
            let end = Self.lineEnd(in: bytes, from: lineStart) ?? bytes.endIndex
            if Self.isMarker(bytes[lineStart..<end], allowingDots: true) {
                yaml = Self.text(bytes[yamlStart..<(lineStart == yamlStart ? yamlStart : bytes.index(before: lineStart))])
                body = end == bytes.endIndex ? "" : Self.text(bytes[bytes.index(after: end)...])
                bodyLine = line + 1
                return
            }
            guard end < bytes.endIndex else { return nil }
            lineStart = bytes.index(after: end)
            line += 1
        }
    }
}

private extension FrontMatterSplit {
    typealias Bytes = Substring.UTF8View.SubSequence

    /// The index of the `\n` that ends the line starting at `start`, or `nil` at the last line.
    static func lineEnd(in bytes: Bytes, from start: Bytes.Index) -> Bytes.Index? {
        bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
    }

    /// Whether the line is `---` (or, with `allowingDots`, `...`) once white space around it
    /// (and `\r`s) are trimmed.
    static func isMarker(_ line: Bytes, allowingDots: Bool) -> Bool {
        var content = line
        while let last = content.last, isASCIISpace(last) { content = content.dropLast() }
        while let first = content.first, isASCIISpace(first) { content = content.dropFirst() }
        if content.elementsEqual("---".utf8) || (allowingDots && content.elementsEqual("...".utf8)) { return true }
        // Other white space (a no-break space, say) is trimmed too, as String's rules say.
        guard content.first.map({ $0 >= 0x80 }) == true || content.last.map({ $0 >= 0x80 }) == true else { return false }
        let trimmed = String(Substring(line)).trimmed
        return trimmed == "---" || (allowingDots && trimmed == "...")
    }

    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// The bytes as text, without the `\r`s that end its lines.
    static func text(_ bytes: Bytes) -> String {
        // Searched in the contiguous bytes: a body's Substring view, byte by byte, is slow.
        let hasReturn = bytes.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "\r")) }
            ?? bytes.contains(UInt8(ascii: "\r"))
        guard hasReturn else { return String(Substring(bytes)) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingReturns = 0
        for byte in bytes {
            if byte == UInt8(ascii: "\r") { pendingReturns += 1; continue }
            if byte != UInt8(ascii: "\n") { result.append(contentsOf: repeatElement(UInt8(ascii: "\r"), count: pendingReturns)) }
            pendingReturns = 0
            result.append(byte)
        }
        return String(decoding: result, as: UTF8.self)
    }
}
