import Dispatch

/// Runs independent pieces of work on several cores. No shared mutable state: each piece
/// writes only its own result slot, and results come back in index order, so the output
/// never depends on scheduling or on the number of jobs. The core gives it CPU work only;
/// the edge (MendServe) also reads files with it.
public struct ParallelWork: Sendable {
    /// At most this many pieces run at once (`--jobs`); `nil`: as many as there are cores.
    public let jobs: Int?

    /// As many pieces at once as there are cores.
    public static let allCores = ParallelWork(jobs: nil)

    public init(jobs: Int?) {
        self.jobs = jobs.map { max(1, $0) }
    }

    /// `0..<count` cut into consecutive ranges of about `grain` elements (at most
    /// `maximumPieces`); the cut depends only on the arguments.
    static func ranges(count: Int, grain: Int, maximumPieces: Int = 64) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let size = max(grain, (count + maximumPieces - 1) / maximumPieces, 1)
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// `body(0) ... body(count - 1)`, computed concurrently, in index order.
    /// - Parameters:
    ///   - count: How many pieces.
    ///   - body: Computes one piece; called from several threads at once, so it
    ///     may only read shared state. With one job, every call is on the caller's thread.
    /// - Returns: The pieces' results, `result[i] == body(i)`.
    public func map<Result: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        let lanes = min(count, jobs ?? count)
        guard lanes > 1 else { return (0..<count).map(body) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Safe: each index is initialized exactly once, by the one lane that owns it, so
            // no two threads touch the same memory, and concurrentPerform returns after all.
            nonisolated(unsafe) let slots = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                for index in stride(from: lane, to: count, by: lanes) { (slots + index).initialize(to: body(index)) }
            }
            initialized = count
        }
    }
}
