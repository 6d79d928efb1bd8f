import Testing
@testable import MendSite

/// The fast path against Yams on generated texts: wherever it reads a text, its entries
/// (keys, key positions, every node's text, tag, style, mark and what it reads as) equal
/// Yams' exactly and Yams found nothing wrong; wherever Yams reports a problem, it stood aside.
@Suite("Fast YAML mappings equal Yams'")
struct FastMappingEquivalenceTests {
    @Test(arguments: [(seed: 1 as UInt64, noisy: false), (2, false), (3, true), (4, true), (5, true)])
    func generatedTexts(seed: UInt64, noisy: Bool) {
        var generator = FrontMatterTextGenerator(seed: seed, noisy: noisy)
        let count = 4_000
        var taken = 0
        var failures = 0
        for _ in 0..<count {
            let text = generator.text()
            let (fastTook, difference) = Self.compare(text)
            if fastTook { taken += 1 }
            if let difference, failures < 5 {
                failures += 1
                Issue.record(Comment(rawValue: difference))
            }
        }
        // The generator must exercise the fast path, not only the fallback.
        #expect(taken > count / (noisy ? 5 : 2), "fast path took \(taken) of \(count)")
    }

    /// Whether the fast path read `text`, and how it differs from Yams (`nil`: it does not).
    static func compare(_ text: String) -> (fastTook: Bool, difference: String?) {
        let yams = YAMLDocument(text: text, path: "p.md", lineOffset: 2, endsFile: false, fastPath: false)
        let fast = YAMLDocument(text: text, path: "p.md", lineOffset: 2, endsFile: false)
        let fastTook = FastMapping.entries(in: text) != nil
        let expected = YAMLComparison.describe(yams), actual = YAMLComparison.describe(fast)
        if fastTook && !yams.diagnostics.isEmpty {
            return (true, "fast path read a text Yams rejects:\n\(text.debugDescription)\nYams:\n\(expected)")
        }
        guard expected == actual else {
            return (fastTook, "differs on\n\(text.debugDescription)\nYams:\n\(expected)\nfast:\n\(actual)")
        }
        return (fastTook, nil)
    }
}
