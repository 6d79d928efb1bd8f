/// Short plain-text extracts for descriptions and summaries.
enum Excerpt {
    /// The first `words` words of `text`, with an ellipsis when it was cut.
    static func make(_ text: String, words: Int) -> String {
        let all = text.split(whereSeparator: { $0.isWhitespace })
        let kept = all.prefix(words).joined(separator: " ")
        return all.count > words ? kept + "…" : kept
    }

    /// Words in `text`.
    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }

    /// Minutes to read `words` words at 200 words a minute; at least 1.
    static func readingMinutes(_ words: Int) -> Int {
        max(1, (words + 199) / 200)
    }
}
