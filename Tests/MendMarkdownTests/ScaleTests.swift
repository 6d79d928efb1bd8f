import Foundation
import Testing
import MendMarkdown

@Suite("Scale and concurrency")
struct ScaleTests {
    @Test("5,000 paragraphs with headings render in seconds, not minutes (debug build, even under ASan)")
    func largeInput() {
        let source = (1...5_000).map { "## Step \($0 % 50)\n\nParagraph \($0) with *emphasis* and a [link](/x/\($0)/)." }
            .joined(separator: "\n\n")
        let clock = ContinuousClock()
        var document: MarkdownDocument?
        let elapsed = clock.measure { document = Markdown.render(source, options: .init(rootPath: "/blog/")) }
        #expect(elapsed < .seconds(5), "took \(elapsed)")
        #expect(document?.headings.count == 5_000)
        #expect(document?.headings.last?.id == "step-0-99")
        #expect(document?.html.components(separatedBy: "<p>").count == 5_001)
        #expect(document?.html.contains("<a href=\"/blog/x/5000/\">link</a>") == true)
    }

    @Test("5,000 headings with the same text get distinct ids in linear time")
    func manyDuplicateHeadings() {
        let source = String(repeating: "## Why\n\n", count: 5_000)
        let clock = ContinuousClock()
        var ids: [String] = []
        let elapsed = clock.measure { ids = Markdown.render(source).headings.map(\.id) }
        #expect(elapsed < .seconds(3), "took \(elapsed)")
        #expect(Set(ids).count == 5_000)
        #expect(ids.last == "why-4999")
    }

    @Test("Deep nesting (10,000 block quotes and list items) does not exhaust the stack")
    func deepNesting() {
        let quotes = Markdown.render(String(repeating: ">", count: 10_000) + " deep")
        #expect(quotes.html.hasSuffix("<p>deep</p>\n" + String(repeating: "</blockquote>\n", count: 10_000)))
        #expect(quotes.plainText == "deep")
        let items = Markdown.render((0..<2_000).map { String(repeating: "  ", count: $0) + "- x" }.joined(separator: "\n"))
        #expect(items.html.components(separatedBy: "<li>").count == 2_001)
    }

    @Test("Rendering from many threads at once gives the same results as one at a time")
    func concurrentRendering() async {
        let sources = (0..<16).map { index in
            "# Title \(index)\n\n\"Quote\" <b>raw</b> [x](/p/\(index)/) [bad](javascript:alert(\(index)))\n\n## Title \(index)\n"
        }
        let options = MarkdownOptions(rootPath: "/blog/", reservedIDs: ["comments"])
        let expected = sources.map { Markdown.render($0, options: options) }
        let results = await withTaskGroup(of: (Int, MarkdownDocument).self) { group in
            for round in 0..<400 {
                let index = round % sources.count
                group.addTask { (index, Markdown.render(sources[index], options: options)) }
            }
            var results: [(Int, MarkdownDocument)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(results.count == 400)
        #expect(results.allSatisfy { expected[$0.0] == $0.1 })
        #expect(expected[3].headings.map(\.id) == ["title-3", "title-3-1"])
        #expect(expected[3].warnings.count == 3)
    }
}
