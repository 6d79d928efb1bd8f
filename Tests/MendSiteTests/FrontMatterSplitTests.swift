import Testing
@testable import MendSite

/// The byte-level splitter agrees with the plain line-by-line rule it replaced, on texts
/// made of the pieces that matter: markers, line ends of both kinds, white space of both
/// kinds, a byte-order mark and ordinary text.
@Suite("Splitting front matter")
struct FrontMatterSplitTests {
    @Test func agreesWithTheLineByLineRuleOnGeneratedTexts() {
        let pieces = ["---", "...", "\n", "\r\n", "\r", " ", "\t", "\u{A0}", "\u{FEFF}", "title: A", "é", "-", ".", "x"]
        var generator = SplitMix64(seed: 20_241_201)
        for _ in 0..<20_000 {
            var text = generator.next() % 3 == 0 ? "" : "---\n"
            for _ in 0..<(generator.next() % 12) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let split = FrontMatterSplit(text)
            let expected = ReferenceSplit(text)
            #expect(split?.yaml == expected?.yaml && split?.body == expected?.body && split?.bodyLine == expected?.bodyLine,
                    "\(text.debugDescription)")
            if split?.yaml != expected?.yaml { return }
        }
    }

    @Test func windowsLineEndsAndAByteOrderMarkSplit() throws {
        let split = try #require(FrontMatterSplit("\u{FEFF}---\r\ntitle: A\r\n---\r\nBody\r\nmore\r\n"))
        #expect(split.yaml == "title: A")
        #expect(split.body == "Body\nmore\n")
        #expect(split.bodyLine == 4)
    }
}

/// The rule as it was first written: split into lines, trim, compare, join.
private struct ReferenceSplit {
    let yaml: String, body: String, bodyLine: Int

    init?(_ text: String) {
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Substring(String($0)) }[...]
        if text.hasPrefix("\u{FEFF}"), let first = lines.first { lines[lines.startIndex] = first.dropFirst() }
        func cut(_ line: Substring) -> Substring {
            var line = line
            while line.unicodeScalars.last == "\r" { line = Substring(line.unicodeScalars.dropLast()) }
            return line
        }
        guard let first = lines.first, cut(first).trimmed == "---" else { return nil }
        lines = lines.dropFirst()
        guard let closing = lines.firstIndex(where: { ["---", "..."].contains(cut($0).trimmed) }) else { return nil }
        yaml = lines[..<closing].map(cut).joined(separator: "\n")
        body = lines[(closing + 1)...].map(cut).joined(separator: "\n")
        bodyLine = closing + 2
    }
}
