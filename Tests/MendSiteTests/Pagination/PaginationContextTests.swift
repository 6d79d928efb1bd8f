import MendTemplates
import Testing
@testable import MendSite

@Suite("page.pagination and the titles of list pages")
struct PaginationContextTests {
    /// The `page` of the list page at `outputPath`.
    func page(_ files: [String: String], _ outputPath: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> TemplateValue {
        let model = deriveSite(files)
        let plan = try #require(PagePlan.all(for: model).first { $0.outputPath == outputPath }, sourceLocation: sourceLocation)
        return try #require(ContextBuilder(model: model, compositions: [], supportHTML: nil).context(for: plan)["page"],
                            sourceLocation: sourceLocation)
    }

    @Test func aMiddlePageLinksBothWays() throws {
        let pagination = try #require(try page(postsSite(25, baseURL: "https://example.org/blog/"), "tags/trust/page/2/index.html")["pagination"])
        #expect(pagination["number"] == 2 && pagination["count"] == 3 && pagination["label"] == "Page 2 of 3")
        #expect(pagination["is_first"] == false && pagination["is_last"] == false && pagination["has_pages"] == true)
        #expect(pagination["previous_url"] == "/blog/tags/trust/" && pagination["next_url"] == "/blog/tags/trust/page/3/")
        #expect(pagination["first_url"] == "/blog/tags/trust/" && pagination["last_url"] == "/blog/tags/trust/page/3/")
        #expect(pagination["item_count"] == 25 && pagination["first_item"] == 11 && pagination["last_item"] == 20)
        let pages = try #require(pagination["pages"])
        #expect(pages == [
            ["number": 1, "url": "/blog/tags/trust/", "is_current": false, "is_gap": false],
            ["number": 2, "url": "/blog/tags/trust/page/2/", "is_current": true, "is_gap": false],
            ["number": 3, "url": "/blog/tags/trust/page/3/", "is_current": false, "is_gap": false],
        ])
    }

    @Test func theFirstAndLastPagesLinkOneWay() throws {
        let files = postsSite(25)
        let first = try #require(try page(files, "posts/index.html")["pagination"])
        #expect(first["previous_url"] == .null && first["next_url"] == "/posts/page/2/" && first["is_first"] == true)
        let last = try #require(try page(files, "posts/page/3/index.html")["pagination"])
        #expect(last["previous_url"] == "/posts/page/2/" && last["next_url"] == .null && last["is_last"] == true)
        #expect(last["first_item"] == 21 && last["last_item"] == 25)
    }

    @Test func aListOfOnePageHasNoLinksAndAnEmptyHomePageStillHasItsPage() throws {
        let single = try #require(try page(postsSite(10), "index.html")["pagination"])
        #expect(single["has_pages"] == false && single["count"] == 1)
        #expect(single["previous_url"] == .null && single["next_url"] == .null)
        let empty = try #require(try page(postsSite(0), "index.html")["pagination"])
        #expect(empty["count"] == 1 && empty["item_count"] == 0 && empty["first_item"] == 0 && empty["last_item"] == 0)
    }

    @Test func pagesAfterTheFirstSayWhichPageTheyAreInTheirTitles() throws {
        let files = postsSite(25)
        #expect(try page(files, "index.html")["head_title"] == "Site")
        #expect(try page(files, "page/3/index.html")["head_title"] == "Page 3 of 3 · Site")
        #expect(try page(files, "posts/index.html")["head_title"] == "Posts · Site")
        #expect(try page(files, "posts/page/2/index.html")["head_title"] == "Posts — Page 2 of 3 · Site")
        #expect(try page(files, "tags/trust/index.html")["head_title"] == "Tagged “trust” · Site")
        #expect(try page(files, "tags/trust/page/2/index.html")["head_title"] == "Tagged “trust” — Page 2 of 3 · Site")
    }

    @Test func thePermalinkAndTheLastBreadcrumbAreThePageItself() throws {
        let second = try page(postsSite(25, baseURL: "https://example.org/blog/"), "tags/trust/page/2/index.html")
        #expect(second["permalink"] == "https://example.org/blog/tags/trust/page/2/")
        #expect(second["breadcrumbs"] == [
            ["title": "Home", "url": "/blog/", "is_last": false], ["title": "Tags", "url": "/blog/tags/", "is_last": false],
            ["title": "trust", "url": "/blog/tags/trust/", "is_last": false],
            ["title": "Page 2 of 3", "url": "/blog/tags/trust/page/2/", "is_last": true],
        ])
    }

    @Test func pagesThatAreNoListHaveNoPagination() throws {
        let files = postsSite(25)
        #expect(try page(files, "posts/post-01/index.html")["pagination"] == .null)
        #expect(try page(files, "tags/index.html")["pagination"] == .null)
        #expect(try page(files, "posts/post-01/index.html")["breadcrumbs"]?.listCount == 3, "Home › Posts › the post")
    }
}

private extension TemplateValue {
    var listCount: Int? {
        if case .list(let items) = self { return items.count }
        return nil
    }
}
