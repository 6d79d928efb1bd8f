/// How often each term occurs in each of a run of documents, with term ids local
/// to the run (so runs are counted in parallel and merged afterwards).
struct TermCounts: Sendable {
    /// One document's use of one term.
    struct Entry: Sendable {
        var term: Int32
        var count: Int32
    }

    /// Local term id -> the term.
    private(set) var terms: [String] = []
    /// Local term id -> how many documents of the run contain it.
    private(set) var documentFrequency: [Int] = []
    /// Document `d` of the run has the entries `offsets[d]..<offsets[d + 1]`.
    private(set) var offsets: [Int] = [0]
    private(set) var entries: [Entry] = []

    /// Counts the terms of `texts`, one document per text.
    init(texts: some Sequence<String>) {
        var wordTerms = WordTable()  // a distinct word's local term id, or -1
        var termIDs: [String: Int32] = [:]
        var counts: [Int32] = []  // by local term id, all zero between documents
        var touched: [Int32] = []
        for text in texts {
            TextTokenizer.forEachWord(in: text) { word in
                let id = wordTerms.value(for: word) {
                    registerTerm(TextTokenizer.term(forWord: $0), in: &termIDs, counts: &counts)
                }
                guard id >= 0 else { return }
                if counts[Int(id)] == 0 { touched.append(id) }
                counts[Int(id)] += 1
            }
            for id in touched {
                entries.append(Entry(term: id, count: counts[Int(id)]))
                documentFrequency[Int(id)] += 1
                counts[Int(id)] = 0
            }
            touched.removeAll(keepingCapacity: true)
            offsets.append(entries.count)
        }
    }

    var documentCount: Int { offsets.count - 1 }

    func entries(ofDocument document: Int) -> ArraySlice<Entry> {
        entries[offsets[document]..<offsets[document + 1]]
    }
}

private extension TermCounts {
    /// The local id of `term` (a new one the first time), or -1 when the word counts as no term.
    mutating func registerTerm(_ term: String?, in termIDs: inout [String: Int32], counts: inout [Int32]) -> Int32 {
        guard let term else { return -1 }
        if let id = termIDs[term] { return id }
        let id = Int32(terms.count)
        termIDs[term] = id
        terms.append(term)
        documentFrequency.append(0)
        counts.append(0)
        return id
    }
}
