import Foundation

/// Work that blocks (reading the whole site to check a comment's page, a socket read in a
/// test) done on a thread of its own, so Swift's shared threads, one per core, which the
/// server answers on, go on answering.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }
}
