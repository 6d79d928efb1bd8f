import Testing
@testable import MendSite

@Suite("Similar posts in a site")
struct SimilarPostsInSiteTests {
    static let files = [
        "content/site.yml": "title: T\nbase_url: https://example.org/\nsimilar_posts: 2\n",
        "content/guides/trust/index.md": page("Trust", "tags: [trust]\n", body: "Rebuilding trust after betrayal takes honesty."),
        "content/guides/trust/01-honesty.md": page("Honesty", "step: 1\ntags: [trust]\n", body: "Honesty rebuilds trust after betrayal."),
        "content/guides/trust/02-time.md": page("Time", "step: 2\ntags: [trust]\n", body: "Trust returns with time and honesty."),
        "content/posts/betrayal.md": page("After betrayal", "tags: [trust]\n", body: "Betrayal breaks trust; honesty mends it."),
        "content/posts/gardening.md": page("Gardening", "tags: [hobby]\n", body: "Tomatoes need sun and water."),
        "content/pages/about.md": page("About", body: "Trust honesty betrayal."),
    ]

    @Test func aGuideIsNotSimilarToItsOwnStepsNorAStepToItsGuide() throws {
        let (model, diagnostics) = derive(Self.files)
        #expect(diagnostics.isEmpty)
        func similar(_ url: String) -> [String] {
            let index = model.entries.firstIndex { $0.url == url }!
            return model.similar[index].map { model.entries[$0].url }
        }
        #expect(similar("/guides/trust/") == ["/posts/betrayal/"])
        #expect(!similar("/guides/trust/honesty/").contains("/guides/trust/"))
        #expect(similar("/guides/trust/honesty/").count == 2)
        #expect(similar("/about/").isEmpty)
        #expect(!model.similar.joined().contains { model.entries[$0].url == "/about/" })
        #expect(!similar("/posts/betrayal/").contains("/posts/gardening/"))
    }

    @Test func draftsAreNeverSuggestedEvenWhenPublishedWithDrafts() {
        var files = Self.files
        files["content/posts/draft.md"] = page("Betrayal draft", "draft: true\ntags: [trust]\n", body: "Betrayal breaks trust; honesty mends it.")
        let (model, _) = derive(files, drafts: true)
        #expect(model.entries.contains { $0.url == "/posts/draft/" })
        #expect(!model.similar.joined().contains { model.entries[$0].url == "/posts/draft/" })
    }

    @Test func zeroTurnsTheBlockOff() {
        var files = Self.files
        files["content/site.yml"] = "title: T\nbase_url: https://example.org/\nsimilar_posts: 0\n"
        let (model, _) = derive(files)
        #expect(model.entries.count == 6)
        #expect(model.similar.allSatisfy { $0.isEmpty })
    }
}
