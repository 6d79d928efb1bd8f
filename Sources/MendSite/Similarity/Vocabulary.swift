/// All documents' terms: every distinct word of every run made into its term once
/// (``TextTokenizer/term(forWord:)``), and the terms numbered in sorted order so no
/// id, tie or sum depends on the order of the documents.
struct Vocabulary: Sendable {
    /// The number of distinct terms; term ids are `0..<termCount`.
    let termCount: Int
    /// `termOfWord[run][word]`: the term id of a run's word, or -1 when it is no term.
    let termOfWord: [[Int32]]
    /// The terms, sorted: term `t` is `terms[t]`.
    let terms: [String]

    init(runs: [WordCounts]) {
        var allWords = WordTable()
        var termOfGlobalWord: [String?] = []
        let globalWords = runs.map { run in
            (0..<run.words.count).map { number in
                run.words.withWord(number) { word in
                    let global = allWords.intern(word)
                    if Int(global) == termOfGlobalWord.count { termOfGlobalWord.append(TextTokenizer.term(forWord: word)) }
                    return global
                }
            }
        }
        let sortedTerms = Set(termOfGlobalWord.compactMap { $0 }).sorted()
        var termID: [String: Int32] = [:]
        termID.reserveCapacity(sortedTerms.count)
        for (id, term) in sortedTerms.enumerated() { termID[term] = Int32(id) }
        let globalTerm = termOfGlobalWord.map { term in term.map { termID[$0]! } ?? -1 }
        termCount = sortedTerms.count
        terms = sortedTerms
        termOfWord = globalWords.map { words in words.map { globalTerm[Int($0)] } }
    }
}
