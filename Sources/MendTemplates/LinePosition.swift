/// The lexer's place in the source as it moves forward: line, column and line start, kept
/// up to date byte by byte, so that finding where a tag stands never re-reads its line.
struct LinePosition {
    /// 1-based line of `offset`.
    private(set) var line = 1
    /// 1-based column of `offset`, in Unicode scalars.
    private(set) var column = 1
    /// Index of the first byte of the current line.
    private(set) var lineStart = 0
    /// Only spaces and tabs stand between `lineStart` and `offset`.
    private(set) var lineIsBlank = true
    /// How far the source has been read.
    private(set) var offset = 0

    /// Reads `bytes` from `offset` up to (not including) `target`; a target behind `offset` is ignored.
    mutating func advance(over bytes: [UInt8], to target: Int) {
        while offset < target {
            let byte = bytes[offset]
            offset += 1
            if byte == 0x0A {
                line += 1
                column = 1
                lineStart = offset
                lineIsBlank = true
            } else {
                // A UTF-8 continuation byte (10xxxxxx) does not start a scalar.
                if byte & 0xC0 != 0x80 { column += 1 }
                if byte != 0x20 && byte != 0x09 { lineIsBlank = false }
            }
        }
    }
}
