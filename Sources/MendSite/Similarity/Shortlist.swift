/// The best few candidates seen so far, best first: a bounded sorted buffer, as the
/// lists are short (a handful to a few dozen) and most offers lose to the last one.
struct Shortlist {
    /// A candidate document, its score and its rank among equal scores.
    struct Candidate: Equatable {
        var document: Int32
        var score: Double
        /// Among equal scores the lower rank comes first (newer date, then key, then input position).
        var tieRank: Int32

        /// Higher score first; among equal scores the lower tie rank.
        func precedes(_ other: Candidate) -> Bool {
            score != other.score ? score > other.score : tieRank < other.tieRank
        }
    }

    let capacity: Int
    /// The kept candidates, best first.
    private(set) var candidates: [Candidate] = []

    init(capacity: Int) {
        self.capacity = capacity
        candidates.reserveCapacity(capacity + 1)
    }

    /// The last candidate once the shortlist is full (a newcomer must precede it), `nil` while
    /// there is room.
    var cutoff: Candidate? {
        candidates.count == capacity ? candidates.last : nil
    }

    /// Keeps `candidate` if it is among the `capacity` best so far.
    mutating func offer(_ candidate: Candidate) {
        guard capacity > 0 else { return }
        if candidates.count == capacity {
            guard candidate.precedes(candidates[capacity - 1]) else { return }
        } else {
            candidates.append(candidate)
        }
        // Shifts the ones it precedes down a place, dropping the last when full (an
        // `insert` took the general path of replacing a subrange, most of a query's work
        // on a small site).
        candidates.withUnsafeMutableBufferPointer { list in
            var index = list.count - 1
            while index > 0 && candidate.precedes(list[index - 1]) {
                list[index] = list[index - 1]
                index -= 1
            }
            list[index] = candidate
        }
    }
}
