@testable import MendSite
import Foundation
import Testing

@Suite("Parallel work")
struct ParallelWorkTests {
    @Test func resultsComeBackInIndexOrderForAnyJobCount() {
        let expected = (0..<1_000).map { $0 * $0 }
        for jobs in [1, 2, 3, 8, nil] {
            #expect(ParallelWork(jobs: jobs).map(1_000) { $0 * $0 } == expected)
        }
        #expect(ParallelWork(jobs: 0).jobs == 1)
    }

    @Test func oneJobRunsEverythingOnTheCallersThread() {
        let caller = pthread_self()
        let threads = ParallelWork(jobs: 1).map(200) { _ in pthread_self() }
        #expect(threads.allSatisfy { pthread_equal($0, caller) != 0 })
    }
}
