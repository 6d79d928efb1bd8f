@testable import MendSite
import Testing

@Suite("Similar posts: pages numbered by their tags, posting lists in page order")
struct SimilarityInternalOrderTests {
    private let corpus = SyntheticCorpus(.init(documentCount: 300, wordsPerDocument: 20...60, topicCount: 10, seed: 23))

    @Test func everyDocumentOnceGroupedByItsFirstTwoTagsThenKey() {
        let index = SimilarityIndex(corpus.documents)
        #expect(index.inputIndex.sorted() == Array(corpus.documents.indices))
        #expect(index.inputIndex.indices.allSatisfy { index.documentID[index.inputIndex[$0]] == $0 })
        // Documents with tags come grouped by their first, then second tag, then by key; untagged ones last.
        let keys = index.inputIndex.indices.map { id -> (tags: [Int32], key: String) in
            let tags = index.tagVectors.range(ofRow: id).prefix(2).map { index.tagVectors.columns[$0] }
            return (tags + repeatElement(.max, count: 2 - tags.count), corpus.documents[index.inputIndex[id]].key)
        }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { previous, next in
            previous.tags != next.tags ? previous.tags.lexicographicallyPrecedes(next.tags) : previous.key < next.key
        })
        // Each row of the tag vectors is its document's own.
        let alone = TagVectors.build(tagLists: corpus.documents.map(\.tags), cardinalityThreshold: SimilarityOptions().tagCardinalityThreshold)
        #expect(index.inputIndex.indices.allSatisfy { id in
            index.tagVectors.row(id).elementsEqual(alone.vectors.row(index.inputIndex[id])) { $0 == $1 }
        })
        let byKey = corpus.documents.indices.sorted { corpus.documents[$0].key < corpus.documents[$1].key }
        #expect(index.inputIndex != byKey)  // the corpus's tags do reorder it
    }

    /// A posting list holds its candidate documents in id order: the `limit` with the highest
    /// values when cut (ties: lower tie rank), all of them otherwise.
    @Test func postingListsAreCutByValueAndKeptInDocumentOrder() {
        let limit = 7
        let index = SimilarityIndex(corpus.documents, options: SimilarityOptions(postingsPerTag: limit))
        var cut = 0
        for tag in 0..<index.tagPostings.rowCount {
            let list = index.tagPostings.range(ofRow: tag).map { index.tagPostings.columns[$0] }
            #expect(zip(list, list.dropFirst()).allSatisfy { $0 < $1 })
            let members = (0..<index.documentCount).compactMap { id -> (document: Int32, value: Double)? in
                guard corpus.documents[index.inputIndex[id]].isCandidate,
                      let entry = index.tagVectors.range(ofRow: id).first(where: { index.tagVectors.columns[$0] == tag }) else { return nil }
                return (Int32(id), index.tagVectors.values[entry])
            }
            let best = members.sorted {
                $0.value != $1.value ? $0.value > $1.value : index.tieRank[Int($0.document)] < index.tieRank[Int($1.document)]
            }.prefix(limit).map(\.document).sorted()
            #expect(list == best)
            if members.count > limit { cut += 1 }
        }
        #expect(cut > 0)  // some lists were long enough to be cut
        #expect(corpus.documents.contains { !$0.isCandidate })  // and some documents are left out
    }

    /// Ranking every page at once, in id order, gives every page the list it gets when asked alone.
    @Test func rankingAllAtOnceMatchesEachPageAlone() {
        let index = SimilarityIndex(corpus.documents)
        let all = index.allSimilar(count: 4)
        let ranked = index.rankAll(count: 4)
        for position in corpus.documents.indices {
            let alone = index.similar(to: position, count: 4)
            #expect(all[position] == alone)
            #expect(ranked.lists[position] == alone)
        }
    }

    /// Asking several pages at once, each for its own count and in any order, answers each
    /// as asking it alone does.
    @Test func askingSeveralAtOnceMatchesEachAlone() {
        let index = SimilarityIndex(corpus.documents)
        var random = SplitMix64(seed: 5)
        let queries = (0..<60).map { _ in (index: random.below(corpus.documents.count), count: 1 + random.below(12)) }
        let answers = index.similar(toEach: queries)
        #expect(answers.count == queries.count)
        for (query, answer) in zip(queries, answers) {
            #expect(answer == index.similar(to: query.index, count: query.count))
        }
        #expect(Set(queries.map(\.count)).count > 1)
        #expect(answers.contains { $0.count > 4 })
    }
}
