/// Short plain-text extracts for descriptions and summaries.
enum Excerpt {
    /// The first `words` words of `text`, with an ellipsis when it was cut.
    static func make(_ text: String, words: Int) -> String {
        // Only the first words + 1 are split off: a long text costs no more than a short one.
        let first = text.split(maxSplits: words, omittingEmptySubsequences: true, whereSeparator: { $0.isWhitespace })
        let kept = first.prefix(words).joined(separator: " ")
        return first.count > words ? kept + "…" : kept
    }

    /// Words in `text`: runs of bytes between ASCII whitespace (fast on large texts).
    static func wordCount(_ text: String) -> Int {
        func count(_ bytes: some Sequence<UInt8>) -> Int {
            var count = 0
            var inWord = false
            for byte in bytes {
                let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
                if !isSpace && !inWord { count += 1 }
                inWord = !isSpace
            }
            return count
        }
        return text.utf8.withContiguousStorageIfAvailable { count($0) } ?? count(text.utf8)
    }

    /// Minutes to read `words` words at 200 words a minute; at least 1.
    static func readingMinutes(_ words: Int) -> Int {
        max(1, (words + 199) / 200)
    }
}
