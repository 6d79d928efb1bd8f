/// A byte pattern the lexer searches for (a delimiter, or a tag's terminator), with its
/// Knuth–Morris–Pratt table so that a search never re-reads a byte: linear in the bytes
/// scanned, however long the pattern and however often the text nearly matches it.
struct Delimiter {
    let bytes: [UInt8]
    /// For each prefix `bytes[0...i]`: the length of its longest proper prefix that is also its suffix.
    private let fallback: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var fallback = Array(repeating: 0, count: bytes.count)
        var length = 0
        for index in bytes.indices.dropFirst() {
            while length > 0 && bytes[index] != bytes[length] { length = fallback[length - 1] }
            if bytes[index] == bytes[length] { length += 1 }
            fallback[index] = length
        }
        self.fallback = fallback
    }

    var count: Int { bytes.count }

    /// The index of the first occurrence at or after `start` in `haystack`, or `nil`.
    func firstMatch(in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = bytes.first else { return nil }
        let end = haystack.count, length = bytes.count
        var index = start, matched = 0
        while index < end {
            let byte = haystack[index]
            if matched == 0 {
                if byte == first {
                    matched = 1
                }
            } else {
                while matched > 0 && byte != bytes[matched] { matched = fallback[matched - 1] }
                if byte == bytes[matched] { matched += 1 }
            }
            if matched == length { return index - length + 1 }
            index += 1
        }
        return nil
    }
}
