import Foundation

/// Work that blocks (reading the whole site to check a comment's page) done on a thread of
/// its own, so the server's shared threads, one per core, go on answering.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }
}
