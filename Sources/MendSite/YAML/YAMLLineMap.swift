/// libyaml's lines mapped to a text's own lines, which end at `\n` only (found by the
/// content fuzzer). libyaml also ends a line at a lone `\r` and at U+0085, U+2028 and
/// U+2029, and puts an error at the end of a text without a final line break on the line
/// after it. Built once per text, in one pass; every lookup is then constant time.
struct YAMLLineMap {
    /// For each libyaml line (index 0 = line 1): its `\n` line, and the scalars before it on that line.
    private var starts: [(line: Int, offset: Int)] = [(1, 0)]
    /// The last `\n` line and its length in scalars.
    private var end = (line: 1, length: 0)

    init(_ text: String) {
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if previousWasReturn { starts.removeLast() }  // `\r\n` is one break
                end = (end.line + 1, 0)
                starts.append((end.line, 0))
            } else {
                end.length += 1
                if scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    starts.append((end.line, end.length))
                }
            }
            previousWasReturn = scalar == "\r"
        }
    }

    /// The `\n` line and scalar column of libyaml's 1-based `line` and `column`.
    /// - Parameter endsFile: The text ends its file: a place past its end stays on its last
    ///   line, after the last character. Otherwise (front matter) the lines after it count on.
    func position(line: Int, column: Int, endsFile: Bool) -> (line: Int, column: Int) {
        guard line >= 1 else { return (line, column) }
        guard line <= starts.count else {
            return endsFile ? (end.line, end.length + 1) : (end.line + line - starts.count, column)
        }
        let start = starts[line - 1]
        return (start.line, start.offset + column)
    }
}
