/// cmark counts columns in UTF-8 bytes; diagnostics count Unicode scalars, as the template
/// and YAML errors do. The line starts are found once per text, so the positions of every
/// warning, link and image of a large text stay cheap.
struct ScalarColumns {
    private let bytes: [UInt8]
    private let lineStarts: [Int]

    init(_ source: String) {
        bytes = Array(source.utf8)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        lineStarts = starts
    }

    /// The 1-based column in scalars of cmark's 1-based byte `column` on `line`.
    func column(_ line: Int, _ column: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, column > 1 else { return column }
        let start = lineStarts[line - 1]
        let end = min(start + column - 1, bytes.count)
        return bytes[start..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } + 1
    }
}
