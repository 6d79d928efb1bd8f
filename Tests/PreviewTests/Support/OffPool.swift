import Foundation

/// Runs blocking work (a socket read, a wait) on a thread of its own and awaits it: the
/// server's handlers run on Swift's shared threads, one per core, which a test blocking
/// them would starve.
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
