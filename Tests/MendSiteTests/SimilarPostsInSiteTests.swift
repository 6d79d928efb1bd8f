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
        // Its guide and its next step are left out; the post is what is left.
        #expect(similar("/guides/trust/honesty/") == ["/posts/betrayal/"])
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

    /// A guide of five steps that all say much the same, and posts.
    static let guide: [String: String] = {
        var files = [
            "content/site.yml": "title: T\nbase_url: https://example.org/blog/\nsimilar_posts: 3\n",
            "content/guides/g/index.md": page("Mending", "tags: [trust]\n", body: "Mending trust: honesty, patience, repair."),
            "content/posts/close.md": page("Close", "tags: [trust]\n", body: "Honesty and patience repair trust."),
            "content/posts/far.md": page("Far", body: "Patience, mostly."),
            "content/posts/gardening.md": page("Gardening", "tags: [hobby]\n", body: "Tomatoes need sun and water."),
        ]
        for step in 1...5 {
            files["content/guides/g/0\(step)-s\(step).md"] =
                page("Step \(step)", "tags: [trust]\n", body: "Honesty, patience and repair rebuild trust, step \(step).")
        }
        return files
    }()

    func similarURLs(_ files: [String: String]) -> [String: [String]] {
        let (model, diagnostics) = derive(files)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        var lists: [String: [String]] = [:]
        for (index, entry) in model.entries.enumerated() { lists[entry.url] = model.similar[index].map { model.entries[$0].url } }
        return lists
    }

    @Test func aStepNeverListsItsGuideOrItsNeighbours() {
        let lists = similarURLs(Self.guide)
        for step in 1...5 {
            let list = lists["/blog/guides/g/s\(step)/"]!
            #expect(!list.contains("/blog/guides/g/"), "step \(step): \(list)")
            #expect(!list.contains("/blog/guides/g/s\(step - 1)/") && !list.contains("/blog/guides/g/s\(step + 1)/"), "step \(step): \(list)")
        }
    }

    /// Other pages first, however much more alike the steps are; the steps only to fill the
    /// list, in step order.
    @Test func aStepListsOtherStepsOnlyWhenTooFewOtherPagesQualifyThenInStepOrder() {
        let lists = similarURLs(Self.guide)
        #expect(lists["/blog/guides/g/s1/"] == ["/blog/posts/close/", "/blog/posts/far/", "/blog/guides/g/s3/"])
        #expect(lists["/blog/guides/g/s3/"] == ["/blog/posts/close/", "/blog/posts/far/", "/blog/guides/g/s1/"])
        var files = Self.guide
        files["content/posts/far.md"] = nil
        #expect(similarURLs(files)["/blog/guides/g/s5/"] == ["/blog/posts/close/", "/blog/guides/g/s1/", "/blog/guides/g/s2/"])
    }

    /// However the text writes the link: root-relative, relative (to the page's URL), absolute,
    /// to index.html, with a fragment.
    @Test func aPageNeverListsWhatItsTextLinksTo() {
        var files = Self.guide
        files["content/posts/close.md"] = page("Close", "tags: [trust]\n", body: """
            Honesty and patience repair trust. See [the guide](/guides/g/), [step two](../../guides/g/s2/#why),
            [step three](https://example.org/blog/guides/g/s3/index.html) and [far](../far/../../posts/far/?ref=1).
            """)
        let list = similarURLs(files)["/blog/posts/close/"]!
        for linked in ["/blog/guides/g/", "/blog/guides/g/s2/", "/blog/guides/g/s3/", "/blog/posts/far/"] {
            #expect(!list.contains(linked), "\(linked) is linked from the text: \(list)")
        }
        #expect(list == ["/blog/guides/g/s1/", "/blog/guides/g/s4/", "/blog/guides/g/s5/"])
    }

    /// Its own steps are the most alike, and left out; the section still shows what else qualifies.
    @Test func aGuideShowsTheSectionWheneverAnythingQualifies() {
        let lists = similarURLs(Self.guide)
        #expect(lists["/blog/guides/g/"] == ["/blog/posts/close/", "/blog/posts/far/"])
    }
}
