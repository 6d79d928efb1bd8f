@testable import MendSite
import Testing

/// An index whose documents' texts are updated gives exactly the lists a clean index of the
/// new texts gives, and every document whose list changed is among those the update names.
@Suite("Similar posts: updating texts")
struct SimilarityUpdateTests {
    /// Cut posting lists, few terms per page and fewer looked up, so that lists are cut,
    /// vectors are truncated and queries skip their lightest terms, the cases where a
    /// changed weight travels furthest.
    static let tight = SimilarityOptions(termsPerDocument: 6, postingsPerTerm: 6, termsPerQuery: 4, postingsPerTag: 6)

    @Test(arguments: [UInt64(1), 2, 3])
    func updatedIndexesRankAsCleanOnes(seed: UInt64) throws {
        let options = seed == 1 ? SimilarityOptions() : Self.tight
        var random = SplitMix64(seed: seed)
        var documents = SyntheticCorpus(.init(documentCount: 300, vocabularySize: 1_500, wordsPerDocument: 20...60, seed: seed)).documents
        var index = SimilarityIndex(documents, options: options)
        var ranked = index.rankAll(count: 4)
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
            let before = ranked.lists
            let (again, reached) = index.updateTexts(texts, ranked: &ranked)
            let clean = SimilarityIndex(documents, options: options).rankAll(count: 4)
            #expect(index.allSimilar(count: 4) == clean.lists, "step \(step): the updated index ranks differently")
            #expect(ranked.lists == clean.lists, "step \(step): the lists ranked again are not the clean ones")
            #expect(ranked.floors == clean.floors, "step \(step): the floors kept are not the clean ones")
            // Posting lists made again keep document order, as a clean build's do.
            let postings = index.textPostings
            #expect((0..<postings.rowCount).allSatisfy { term in
                let list = postings.range(ofRow: term).map { postings.columns[$0] }
                return zip(list, list.dropFirst()).allSatisfy { $0 < $1 }
            }, "step \(step): a posting list made again is out of document order")
            let changed = clean.lists.indices.filter { clean.lists[$0] != before[$0] }
            #expect(Set(changed).isSubset(of: again), "step \(step): lists changed outside those ranked again")
            #expect(Set(again).isSubset(of: reached), "step \(step): ranked again outside the documents reached")
            if ranked.lists != clean.lists { return }
        }
    }

    /// Adding a sentence to one page of a larger site ranks few pages again: weights move
    /// in bands, and a page is ranked again only if the edited page was or is on its shortlist.
    @Test func oneEditRanksFewPagesAgain() {
        var documents = SyntheticCorpus(.init(documentCount: 2_000, vocabularySize: 3_000, wordsPerDocument: 40...120, seed: 7)).documents
        var index = SimilarityIndex(documents)
        var ranked = index.rankAll(count: 4)
        var rankedAgain: [Int] = []
        for step in 0..<12 {
            let position = (step * 157) % documents.count
            let old = documents[position]
            let text = old.text + " " + (0..<8).map { SyntheticCorpus.word(($0 * 31 + step * 7) % 400) }.joined(separator: " ")
            documents[position] = SimilarityDocument(key: old.key, tags: old.tags, text: text, date: old.date, isCandidate: old.isCandidate)
            rankedAgain.append(index.updateTexts([(position, text)], ranked: &ranked).ranked.count)
        }
        #expect(ranked.lists == SimilarityIndex(documents).rankAll(count: 4).lists)
        let median = rankedAgain.sorted()[rankedAgain.count / 2]
        #expect(median < documents.count / 20, "pages ranked again per edit: \(rankedAgain)")
    }

    @Test func anUnchangedTextChangesNothing() {
        let documents = SyntheticCorpus(.init(documentCount: 50, vocabularySize: 500, wordsPerDocument: 20...40)).documents
        var index = SimilarityIndex(documents)
        var ranked = index.rankAll(count: 3)
        #expect(index.updateTexts([(3, documents[3].text)], ranked: &ranked).ranked.isEmpty)
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
