import Foundation
import Testing

/// The Makefile is the README's quick start: each command it documents must be one target,
/// defined once (make lets a later recipe override an earlier one with only a warning, which
/// once turned `make serve` into the preview benchmark).
@Suite("The Makefile's targets")
struct MakefileTests {
    private var text: String {
        get throws { try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Makefile"), encoding: .utf8) }
    }

    /// Targets defined at the start of a line (`name: deps`), in order.
    private func targets(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line -> String? in
            guard let first = line.first, first.isLetter, let colon = line.firstIndex(of: ":"),
                  !line[colon...].hasPrefix(":="), !line.contains("?=") else { return nil }
            return String(line[..<colon])
        }
    }

    @Test func everyTargetIsDefinedOnce() throws {
        let names = targets(try text)
        #expect(names.contains("serve") && names.contains("bench-serve") && names.contains("test") && names.contains("site"))
        let repeated = Dictionary(grouping: names, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "defined more than once: \(repeated)")
    }

    @Test func makeServeRunsThePreview() throws {
        let text = try text
        let start = try #require(text.range(of: "\nserve:"))
        let recipe = text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst().prefix { $0.hasPrefix("\t") }
        #expect(recipe.contains { $0.contains("mend serve") })
        #expect(!recipe.contains { $0.contains("serve-bench") })
    }
}
