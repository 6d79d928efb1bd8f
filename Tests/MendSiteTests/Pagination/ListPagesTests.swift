import MendTemplates
import Testing
@testable import MendSite

/// `count` posts tagged `trust`, a day apart (post-01 the oldest), 10 to a page unless told.
func postsSite(_ count: Int, paginate: Int? = 10, baseURL: String = "https://example.org/", guides: Int = 0) -> [String: String] {
    var files = ["content/site.yml": "title: Site\nbase_url: \(baseURL)\n" + (paginate.map { "paginate: \($0)\n" } ?? "")]
    for number in stride(from: 1, through: count, by: 1) {
        let name = number < 10 ? "0\(number)" : "\(number)"
        files["content/posts/post-\(name).md"] = page("Post \(name)", "date: 2024-03-\(name)\ntags: [trust]\n")
    }
    for number in stride(from: 1, through: guides, by: 1) {
        files["content/guides/g\(number)/index.md"] = page("Guide \(number)", "date: 2023-01-0\(number)\n")
        files["content/guides/g\(number)/01-a.md"] = page("Step")
    }
    return files
}

/// The site derived as a build does, comments attached (none), ready for ``ContextBuilder``.
func deriveSite(_ files: [String: String]) -> SiteModel {
    var (model, _) = derive(files)
    _ = model.attachComments([], now: nil)
    return model
}

/// The list pages of a derived site, by output path.
func listPlans(_ files: [String: String]) -> [String: PagePlan] {
    let model = deriveSite(files)
    let plans = PagePlan.all(for: model).filter { [.home, .section, .tag].contains($0.kind) }
    return Dictionary(uniqueKeysWithValues: plans.map { ($0.outputPath, $0) })
}

@Suite("List pages: home, sections, tags")
struct ListPagesTests {
    @Test(arguments: [(0, 1), (1, 1), (10, 1), (11, 2), (25, 3)])
    func homePagesAtTheBoundaries(posts: Int, pages: Int) {
        let plans = listPlans(postsSite(posts))
        let home = plans.keys.filter { $0 == "index.html" || $0.hasPrefix("page/") }.sorted()
        #expect(home == ["index.html"] + (1..<pages).map { "page/\($0 + 1)/index.html" })
        #expect(plans["page/1/index.html"] == nil, "page 1 is the list's own URL, never /page/1/")
    }

    @Test(arguments: [(0, 0), (1, 1), (10, 1), (11, 2), (25, 3)])
    func sectionAndTagPagesAtTheBoundaries(posts: Int, pages: Int) {
        let plans = listPlans(postsSite(posts))
        for folder in ["posts/", "tags/trust/"] {
            let found = plans.keys.filter { $0.hasPrefix(folder) }.sorted()
            let expected = pages == 0 ? [] : [folder + "index.html"] + (1..<pages).map { folder + "page/\($0 + 1)/index.html" }
            #expect(found == expected, "an empty list has no page; the last page is never empty")
        }
        #expect(!plans.keys.contains { $0.hasPrefix("guides/") }, "no guides: no /guides/ page")
    }

    @Test func theEntriesOfEachPageAreTheNextOnesNewestFirst() throws {
        let (model, _) = derive(postsSite(25))
        let plans = PagePlan.all(for: model).filter { $0.kind == .home }
        #expect(plans.map { $0.entriesOnPage(in: model).count } == [10, 10, 5])
        let titles = plans.flatMap { $0.entriesOnPage(in: model).map { model.entries[$0].title } }
        #expect(titles == (1...25).reversed().map { $0 < 10 ? "Post 0\($0)" : "Post \($0)" })
    }

    @Test func guidesStayOnThePageOneOfTheHomePageOnly() throws {
        let model = deriveSite(postsSite(11, guides: 2))
        let builder = ContextBuilder(model: model, compositions: [], supportHTML: nil)
        let home = PagePlan.all(for: model).filter { $0.kind == .home }
        let first = builder.context(for: home[0])["page"]!, second = builder.context(for: home[1])["page"]!
        #expect(first["guides"] == .list(model.guidesByDate.map { builder.item(model.guides[$0].article) }))
        #expect(first["has_guides"] == true && second["has_guides"] == false && second["guides"] == [])
        #expect(second["posts"] == .list([builder.item(model.posts[10])]))
        #expect(listPlans(postsSite(11, guides: 2)).keys.filter { $0.hasPrefix("guides/") } == ["guides/index.html"])
    }

    @Test func aSiteUnderASubPathKeepsItsPathInEveryListURL() {
        let plans = listPlans(postsSite(11, baseURL: "https://example.org/blog/"))
        #expect(plans.values.map(\.url).sorted() == ["/blog/", "/blog/page/2/", "/blog/posts/", "/blog/posts/page/2/",
                                                      "/blog/tags/trust/", "/blog/tags/trust/page/2/"])
    }

    @Test func aPageCannotTakeTheHomePagesPageFolder() {
        let (_, diagnostics) = derive(["content/pages/page.md": page("Page")])
        #expect(diagnostics.map(\.description) == [
            "content/pages/page.md: error: the URL /page/ is used by the site itself: give this page another slug",
        ])
    }
}
