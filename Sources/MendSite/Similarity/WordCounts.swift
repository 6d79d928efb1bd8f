/// How often each word occurs in each document of a run of documents, with word
/// numbers local to the run, so runs are counted in parallel and merged afterwards
/// (``Vocabulary``). Words are raw lowercased words: stop words and stemming are
/// applied once per distinct word, later.
struct WordCounts: Sendable {
    /// One document's use of one word.
    struct Entry: Sendable {
        var word: Int32
        var count: Int32
    }

    /// The run's distinct words, numbered.
    private(set) var words = WordTable()
    /// Document `d` of the run has the entries `offsets[d]..<offsets[d + 1]`.
    private(set) var offsets: [Int] = [0]
    private(set) var entries: [Entry] = []

    /// Counts the words of `documents`, each given in parts that no word spans (as if joined
    /// by blank lines).
    init(documents: some Sequence<[String]>) {
        var tally = Tally(capacity: 1024)
        for parts in documents {
            for text in parts {
                TextTokenizer.forEachPrefixedWord(in: text) { tally.add(words.intern($0, prefix: $1)) }
            }
            tally.drain { entries.append(Entry(word: $0, count: $1)) }
            offsets.append(entries.count)
        }
    }

    var documentCount: Int { offsets.count - 1 }

    func entries(ofDocument document: Int) -> ArraySlice<Entry> {
        entries[offsets[document]..<offsets[document + 1]]
    }
}
