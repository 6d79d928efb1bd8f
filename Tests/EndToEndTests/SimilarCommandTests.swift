import Foundation
import MendDefaultTheme
import MendSite
import Testing

/// `mend similar`: a page's similar posts with their scores, shared tags and weighty words,
/// on a fixture whose scores are known: the same text and tag score 0.6 + 0.4 = 1, the same
/// tag alone 0.4.
@Suite("mend similar")
struct SimilarCommandTests {
    static let files: [String: String] = {
        func post(_ title: String, _ tags: String, _ text: String, day: Int) -> String {
            "---\ntitle: \(title)\nsummary: \(title).\ndate: 2024-05-\(String(format: "%02d", day))\ntags: [\(tags)]\n---\n\(text)\n"
        }
        return [
            "content/site.yml": "title: Test\nbase_url: https://example.org/\n",
            "content/posts/p.md": post("P", "gardens", "Tomatoes ripen slowly beside lavender hedges.", day: 1),
            "content/posts/q.md": post("Q", "gardens", "Tomatoes ripen slowly beside lavender hedges.", day: 2),
            "content/posts/r.md": post("R", "gardens", "Bicycles squeak.", day: 3),
            "content/posts/s.md": post("S", "sailing", "Harbours freeze quietly.", day: 4),
            "content/posts/t.md": post("T", "music", "Violins hum.", day: 5),
            "content/posts/u.md": post("U", "cooking", "Ovens glow.", day: 6),
        ]
    }()

    static var sources: [SourceFile] {
        ThemeSite.sources(files)
    }

    @Test("the scores, in parts, with the shared tags and words")
    func knownScores() throws {
        let (result, report) = SiteBuilder().explainSimilar(Self.sources, path: "content/posts/p.md")
        #expect(result.succeeded)
        let items = try #require(report?.items)
        #expect(items.map(\.path) == ["content/posts/q.md", "content/posts/r.md"], "S, T, U share nothing with P")
        let same = items[0].explanation
        #expect(same.score == 1)
        #expect(abs(same.textPart - 0.6) < 1e-9 && abs(same.tagPart - 0.4) < 1e-9)
        #expect(items[0].sharedTags == ["gardens"])
        // Six words, each once in both texts: each adds a sixth of 0.6; the five heaviest are shown.
        #expect(same.sharedTerms.count == 5, "\(same.sharedTerms)")
        #expect(same.sharedTerms.allSatisfy { abs($0.weight - 0.1) < 1e-9 }, "\(same.sharedTerms)")
        #expect(Set(same.sharedTerms.map(\.term)).isSubset(of: ["tomato", "tomatoe", "ripen", "slowli", "slowly", "besid", "beside",
                                                                "lavend", "lavender", "hedg", "hedge", "hedges"]), "\(same.sharedTerms)")
        let tagOnly = items[1].explanation
        #expect(tagOnly.score == 0.4 && tagOnly.textPart == 0 && tagOnly.sharedTerms.isEmpty)
        // What the page shows is what is explained.
        let page = try #require(result.files.first { $0.path == "posts/p/index.html" }.map { String(decoding: $0.bytes, as: UTF8.self) })
        let shown = page.matches(of: /<a href="\/posts\/([a-z])\/">/).map { String($0.1) }
        #expect(shown.suffix(2) == ["q", "r"], "\(shown)")
    }

    @Test("the command prints them; a file that is no page is an error")
    func command() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (path, text) in Self.files {
            let url = folder.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let outcome = try MendProcess.run(["similar", "content/posts/p.md", "--source", folder.url.path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.hasPrefix("Similar posts of content/posts/p.md (“P”), best first:\n  1. 1.000  content/posts/q.md  “Q”\n       tags 0.400: gardens\n       text 0.600: "),
                "\(outcome.standardOutput)")
        #expect(outcome.standardOutput.contains("  2. 0.400  content/posts/r.md  “R”\n       tags 0.400: gardens\n       text 0.000: no shared words"))
        let missing = try MendProcess.run(["similar", "content/posts/nope.md", "--source", folder.url.path])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("no similar posts to explain: there is no content/posts/nope.md"), "\(missing.standardError)")
    }
}
