@testable import MendSite
import Testing

/// An index whose documents' texts are updated gives exactly the lists a clean index of the
/// new texts gives, and every document whose list changed is among those the update names.
@Suite("Similar posts: updating texts")
struct SimilarityUpdateTests {
    /// Cut posting lists and few terms per page, so that lists are cut and vectors are
    /// truncated, the cases where a changed weight travels furthest.
    static let tight = SimilarityOptions(termsPerDocument: 6, postingsPerTerm: 6)

    @Test(arguments: [UInt64(1), 2, 3])
    func updatedIndexesRankAsCleanOnes(seed: UInt64) throws {
        let options = seed == 1 ? SimilarityOptions() : Self.tight
        var random = SplitMix64(seed: seed)
        var documents = SyntheticCorpus(.init(documentCount: 300, vocabularySize: 1_500, wordsPerDocument: 20...60, seed: seed)).documents
        var index = SimilarityIndex(documents, options: options)
        var lists = index.allSimilar(count: 4)
        for step in 0..<30 {
            let edits = (0..<(1 + random.below(3))).map { _ in random.below(documents.count) }
            var texts: [(index: Int, text: String)] = []
            for position in Set(edits).sorted() {
                let text = edited(documents[position].text, step: step, random: &random)
                let old = documents[position]
                documents[position] = SimilarityDocument(key: old.key, tags: old.tags, text: text, date: old.date,
                                                         isCandidate: old.isCandidate)
                texts.append((position, text))
            }
            let suspects = index.updateTexts(texts)
            let clean = SimilarityIndex(documents, options: options).allSimilar(count: 4)
            #expect(index.allSimilar(count: 4) == clean, "step \(step): the updated index ranks differently")
            let changed = clean.indices.filter { clean[$0] != lists[$0] }
            #expect(Set(changed).isSubset(of: suspects), "step \(step): lists changed outside the suspects")
            for (position, list) in zip(suspects, index.similar(toEach: suspects, count: 4)) { lists[position] = list }
            #expect(lists == clean, "step \(step): ranking the suspects again does not give the clean lists")
            if lists != clean { return }
        }
    }

    @Test func anUnchangedTextChangesNothing() {
        let documents = SyntheticCorpus(.init(documentCount: 50, vocabularySize: 500, wordsPerDocument: 20...40)).documents
        var index = SimilarityIndex(documents)
        #expect(index.updateTexts([(3, documents[3].text)]).isEmpty)
        #expect(index.allSimilar(count: 3) == SimilarityIndex(documents).allSimilar(count: 3))
    }

    /// Adds words (new ones, and common ones the page lacked), removes some, or rewrites the page.
    private func edited(_ text: String, step: Int, random: inout SplitMix64) -> String {
        var words = text.split(separator: " ").map(String.init)
        switch random.below(4) {
        case 0: words += ["zzword\(step)", "quite", "novel\(random.below(3))"]
        case 1: words += (0..<5).map { _ in SyntheticCorpus.word(random.below(20)) }
        case 2: words.removeFirst(min(words.count, 1 + random.below(10)))
        default: words = (0..<30).map { _ in SyntheticCorpus.word(random.below(1_500)) }
        }
        return words.joined(separator: " ")
    }
}
