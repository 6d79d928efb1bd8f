import Dispatch

/// Runs independent work on every core.
enum Parallel {
    /// `items.map(transform)`, computed concurrently; the results keep the items' order.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let buffer = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
        buffer.initialize(repeating: nil)
        defer { buffer.deinitialize().deallocate() }
        // Safe: each iteration writes only its own slot, and the buffer outlives the call.
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots[index] = transform(items[index])
        }
        return buffer.map { $0! }
    }
}
