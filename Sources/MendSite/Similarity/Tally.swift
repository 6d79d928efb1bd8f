/// Counts occurrences of small integer ids (words, terms) one document at a time:
/// a dense count per id plus the list of ids seen, so each document costs only
/// what it used.
struct Tally {
    private var counts: [Int32]
    /// The ids counted since the last drain, in order of first appearance.
    private var seen: [Int32] = []

    /// A tally for ids `0..<capacity`; it grows when a larger id arrives.
    init(capacity: Int = 0) {
        counts = [Int32](repeating: 0, count: capacity)
    }

    /// Counts `amount` more occurrences of `id`.
    @inline(__always)
    mutating func add(_ id: Int32, _ amount: Int32 = 1) {
        let index = Int(id)
        if index >= counts.count { counts.append(contentsOf: repeatElement(0, count: max(index + 1, 2 * counts.count) - counts.count)) }
        if counts[index] == 0 { seen.append(id) }
        counts[index] += amount
    }

    /// The counted ids with their counts, in order of first appearance; then starts afresh.
    mutating func drain(_ body: (_ id: Int32, _ count: Int32) -> Void) {
        for id in seen {
            body(id, counts[Int(id)])
            counts[Int(id)] = 0
        }
        seen.removeAll(keepingCapacity: true)
    }
}
