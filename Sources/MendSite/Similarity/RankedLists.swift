/// Every document's similar documents for one count, and what an update of some texts
/// needs to tell whose lists can change: each document's rough-shortlist floor.
struct RankedLists: Sendable, Equatable {
    /// How many documents each list was asked for.
    let count: Int
    /// By input index: the similar documents (input indexes), best first.
    var lists: [[Int]]
    /// By input index: the last candidate of the document's rough shortlist when it was
    /// full, `nil` when every document found made it (``SimilarityIndex/neighbours(of:count:using:floor:)``).
    var floors: [Shortlist.Candidate?]
}
