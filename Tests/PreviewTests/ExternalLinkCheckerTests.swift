import Foundation
import MendServe
import Testing

/// `mend check --external` against a local server: a page that is there, one that is not,
/// and an address where nothing listens.
@Suite("External links")
struct ExternalLinkCheckerTests {
    @Test func answersByStatus() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let there = preview.origin + "/blog/", missing = preview.origin + "/blog/nope/", nobody = "http://127.0.0.1:9/"
        let answers = await ExternalLinkChecker(concurrency: 2, timeout: 5).check([there, missing, nobody, there + "?again"])
        #expect(answers.count == 4)
        #expect(answers[there] == ExternalLinkChecker.Answer(status: 200, failure: nil))
        #expect(answers[there + "?again"]?.isFine == true)
        #expect(answers[missing]?.status == 404 && answers[missing]?.isFine == false)
        #expect(answers[nobody]?.status == nil && answers[nobody]?.failure != nil && answers[nobody]?.isFine == false)
    }
}
