@testable import MendSite
import Testing

/// What a single build saves in memory changes nothing it shows: a text given in parts ranks
/// as the joined text does, an index built without what updates need ranks as one with it,
/// and a single build's memory keeps neither the parse keys nor the similar-posts index.
@Suite("Similar posts: a single build's savings")
struct SimilarityOneBuildTests {
    private let corpus = SyntheticCorpus(.init(documentCount: 400, wordsPerDocument: 20...80, topicCount: 12, seed: 11))

    /// Each text cut into parts at spaces (a part may be empty), in as many places as its
    /// position says.
    private func inParts(_ document: SimilarityDocument, cuts: Int) -> SimilarityDocument {
        var words = document.text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var parts: [String] = []
        let size = max(1, words.count / (cuts + 1))
        while !words.isEmpty {
            parts.append(words.prefix(size).joined(separator: " "))
            words.removeFirst(min(size, words.count))
            if parts.count % 2 == 0 { parts.append("") }
        }
        return SimilarityDocument(key: document.key, tags: document.tags, textParts: parts, date: document.date,
                                  isCandidate: document.isCandidate)
    }

    @Test func aTextInPartsRanksAsTheJoinedText() {
        let parted = corpus.documents.enumerated().map { inParts($1, cuts: $0 % 5) }
        #expect(parted.contains { $0.textParts.count > 3 })
        let (whole, split) = (SimilarityIndex(corpus.documents), SimilarityIndex(parted))
        #expect(split.allSimilar(count: 5) == whole.allSimilar(count: 5))
        for i in stride(from: 0, to: parted.count, by: 9) {
            for j in stride(from: 1, to: parted.count, by: 7) {
                #expect(split.score(i, j).bitPattern == whole.score(i, j).bitPattern)
            }
        }
    }

    @Test func theJoinedTextIsThePartsWithBlankLines() {
        let document = SimilarityDocument(key: "/a/", textParts: ["Title", "", "Body text"])
        #expect(document.text == "Title\n\n\n\nBody text")
        #expect(SimilarityDocument(key: "/b/", text: "One").textParts == ["One"])
    }

    @Test(arguments: [SimilarityOptions(), SimilarityUpdateTests.tight])
    func anIndexForOneRankingRanksAsOneForUpdates(options: SimilarityOptions) {
        let once = SimilarityIndex(corpus.documents, options: options, work: .allCores, forUpdates: false)
        let kept = SimilarityIndex(corpus.documents, options: options, work: .allCores, forUpdates: true)
        #expect(once.allSimilar(count: 4) == kept.allSimilar(count: 4))
        guard case .built(let built, _) = once.textTerms, case .built(let full, _) = kept.textTerms else {
            Issue.record("a new index holds what it built")
            return
        }
        #expect(built.counts == nil)
        #expect(full.counts?.rowCount == corpus.documents.count)
    }
}
