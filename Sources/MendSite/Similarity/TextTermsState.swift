/// Everything about the documents' terms that an update of some texts changes, by
/// internal document id and term id: term ids are the terms' places in sorted order, as
/// in a clean build, so every computation that depends on the order of terms (ties
/// among equal weights, the order of sums) comes out the same.
struct TextTermsState: Sendable {
    typealias Entry = (column: Int32, value: Double)

    /// Sorted; term `t` is `terms[t]`. May hold terms no document has any more (their
    /// frequency is 0): they take part in nothing.
    var terms: [String]
    var documentFrequency: [Int32]
    var idf: [Double]
    /// Per document: its terms and their counts, by term id.
    var counts: [[(term: Int32, count: Int32)]]
    /// Per term: the documents whose text has it, ascending.
    var documentsWithTerm: [[Int32]]
    /// Per document: its vector, and the lightest term it kept.
    var rows: [[Entry]]
    var floors: [TextVectors.Floor]
    /// Per term: the documents whose vector has it, ascending.
    var columnMembers: [[Int32]]
    /// Per term: its posting list (documents and weights), as a clean build makes it.
    var postings: [[Entry]]
    let isCandidate: [Bool]

    init(_ built: TextVectors.Built, vectors: SparseRows, postings: SparseRows, isCandidate: [Bool]) {
        terms = built.terms
        documentFrequency = built.documentFrequency.map(Int32.init)
        let documentCount = vectors.rowCount
        idf = built.documentFrequency.map { TextVectors.termIDF($0, documentCount: documentCount) }
        guard let builtCounts = built.counts else { preconditionFailure("the index was built for one ranking, without its term counts") }
        counts = (0..<documentCount).map { document in
            builtCounts.range(ofRow: document).map { (term: builtCounts.columns[$0], count: Int32(builtCounts.values[$0])) }
                .sorted { $0.term < $1.term }
        }
        documentsWithTerm = Self.members(of: counts.map { $0.map(\.term) }, columnCount: terms.count)
        rows = (0..<documentCount).map { document in vectors.range(ofRow: document).map { (vectors.columns[$0], vectors.values[$0]) } }
        floors = built.floors
        columnMembers = Self.members(of: rows.map { $0.map(\.column) }, columnCount: terms.count)
        self.postings = (0..<terms.count).map { term in postings.range(ofRow: term).map { (postings.columns[$0], postings.values[$0]) } }
        self.isCandidate = isCandidate
    }

    /// A term's id, found in the sorted terms.
    func termID(_ term: String) -> Int32? {
        var (low, high) = (0, terms.count)
        while low < high {
            let middle = (low + high) / 2
            if terms[middle] < term { low = middle + 1 } else { high = middle }
        }
        return low < terms.count && terms[low] == term ? Int32(low) : nil
    }

    /// For each column, the rows that have it, ascending.
    static func members(of rows: [[Int32]], columnCount: Int) -> [[Int32]] {
        var members = [[Int32]](repeating: [], count: columnCount)
        for (row, columns) in rows.enumerated() {
            for column in columns { members[Int(column)].append(Int32(row)) }
        }
        return members
    }
}
