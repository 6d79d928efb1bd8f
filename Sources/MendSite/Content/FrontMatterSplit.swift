/// The parts of a content file: YAML between a first line `---` and the next line that
/// is `---` (or `...`), and the Markdown after it.
struct FrontMatterSplit {
    let yaml: String
    let body: String
    /// The 1-based file line the body starts on.
    let bodyLine: Int

    /// `nil` when the file does not start with `---` or the front matter is never closed.
    init?(_ text: String) {
        // "\r\n" is one Character in Swift: split on scalars so Windows line ends split too.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Substring(String($0)) }[...]
        if text.hasPrefix("\u{FEFF}"), let first = lines.first {
            lines[lines.startIndex] = first.dropFirst()
        }
        guard let first = lines.first, first.trimmingCarriageReturn.trimmed == "---" else { return nil }
        lines = lines.dropFirst()
        guard let closing = lines.firstIndex(where: { ["---", "..."].contains($0.trimmingCarriageReturn.trimmed) })
        else { return nil }
        yaml = lines[..<closing].map(\.trimmingCarriageReturn).joined(separator: "\n")
        body = lines[(closing + 1)...].map(\.trimmingCarriageReturn).joined(separator: "\n")
        bodyLine = closing + 2
    }
}

private extension Substring {
    var trimmingCarriageReturn: Substring {
        var line = self
        while line.unicodeScalars.last == "\r" { line = Substring(line.unicodeScalars.dropLast()) }
        return line
    }
}
