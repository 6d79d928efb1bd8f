@testable import MendSite
import Testing

/// A single build (`mend build`) keeps nothing that only a next build would read: not the
/// parse results keyed by every file's bytes, not the similar-posts index with every page's
/// term counts. A memory for later builds keeps both. The files are the same either way.
@Suite("A single build's memory")
struct OneBuildMemoryTests {
    @Test func aSingleBuildKeepsNeitherParseKeysNorTheIndex() throws {
        let sources = GeneratedSite(seed: 5, posts: 40).sources
        var once = BuildMemory.oneBuild()
        var kept = BuildMemory()
        let single = SiteBuilder().build(sources, memory: &once)
        let again = SiteBuilder().build(sources, memory: &kept)
        #expect(single.succeeded && again.succeeded)
        #expect(once.parse.content.isEmpty && once.similarity == nil)
        #expect(kept.parse.content.count > 40)
        let index = try #require(kept.similarity?.index)
        guard case .built(let built, _) = index.textTerms else {
            Issue.record("a clean build leaves the index as built")
            return
        }
        #expect(built.counts != nil)
        #expect(single.files.map(\.path) == again.files.map(\.path))
        #expect(single.files.map(\.bytes) == again.files.map(\.bytes))
        #expect(single.files.contains { String(decoding: $0.bytes, as: UTF8.self).contains("Similar posts") })
    }
}
