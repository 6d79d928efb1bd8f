/// Consecutive text of a template, joined into one text node.
///
/// While the run is a single piece it stays a slice of the source (no copy); only when a
/// second piece joins (text on both sides of a comment, say) are the bytes copied, into one
/// buffer that grows, so joining stays linear however many pieces there are.
struct TextRun {
    private var single: ArraySlice<UInt8> = []
    private var joined: [UInt8] = []
    private var isJoined = false

    var isEmpty: Bool { !isJoined && single.isEmpty }

    mutating func append(_ piece: ArraySlice<UInt8>) {
        guard !piece.isEmpty else { return }
        if isEmpty {
            single = piece
            return
        }
        if !isJoined {
            joined = Array(single)
            single = []
            isJoined = true
        }
        joined += piece
    }

    /// The run's bytes, leaving the run empty.
    mutating func take() -> ArraySlice<UInt8> {
        defer { self = TextRun() }
        return isJoined ? joined[...] : single
    }
}
