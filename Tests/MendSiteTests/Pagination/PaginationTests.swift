import Testing
@testable import MendSite

@Suite("Cutting a list into pages")
struct PaginationTests {
    func list(_ count: Int, perPage: Int = 10, url: String = "/tags/trust/", folder: String = "tags/trust/") -> Pagination {
        Pagination(url: url, folder: folder, itemCount: count, perPage: perPage)
    }

    @Test(arguments: [(0, 1), (1, 1), (9, 1), (10, 1), (11, 2), (20, 2), (21, 3), (25, 3)])
    func pageCountsAtTheBoundaries(count: Int, pages: Int) {
        #expect(list(count).pageCount == pages)
    }

    @Test(arguments: [0, 1, 10, 11, 25, 99, 100, 101])
    func everyEntryIsOnExactlyOnePageAndTheLastPageIsNeverEmpty(count: Int) {
        let pagination = list(count)
        let shown = pagination.pageNumbers.flatMap { Array(pagination.items(onPage: $0)) }
        #expect(shown == Array(0..<count))
        let last = pagination.items(onPage: pagination.pageCount)
        #expect(count == 0 ? last.isEmpty : !last.isEmpty)
        #expect(pagination.pageNumbers.dropLast().allSatisfy { pagination.items(onPage: $0).count == 10 })
    }

    @Test func pageOneIsTheListsOwnURLAndThereIsNoPageOne() {
        let pagination = list(25)
        #expect(pagination.pageNumbers.map(pagination.url(ofPage:)) == ["/tags/trust/", "/tags/trust/page/2/", "/tags/trust/page/3/"])
        #expect(pagination.pageNumbers.map(pagination.outputPath(ofPage:))
                == ["tags/trust/index.html", "tags/trust/page/2/index.html", "tags/trust/page/3/index.html"])
        #expect(!pagination.pageNumbers.map(pagination.url(ofPage:)).contains("/tags/trust/page/1/"))
    }

    @Test func theHomePageOfASiteUnderASubPath() {
        let home = list(11, url: "/blog/", folder: "")
        #expect(home.url(ofPage: 2) == "/blog/page/2/")
        #expect(home.outputPath(ofPage: 1) == "index.html")
        #expect(home.outputPath(ofPage: 2) == "page/2/index.html")
    }

    @Test func aPageOfOneEntryEachAndAnOddSize() {
        #expect(list(3, perPage: 1).pageCount == 3)
        #expect(list(3, perPage: 1).items(onPage: 3) == 2..<3)
        #expect(list(7, perPage: 3).items(onPage: 3) == 6..<7)
    }

    @Test func numberedLinksShowAllPagesOfAShortList() {
        #expect(list(50).window(around: 1) == [1, 2, 3, 4, 5])
        #expect(list(70).window(around: 4) == [1, 2, 3, 4, 5, 6, 7])
        #expect(list(10).window(around: 1) == [1])
    }

    @Test func numberedLinksOfALongListStayFewWithGaps() {
        let long = list(100_000)
        #expect(long.pageCount == 10_000)
        #expect(long.window(around: 1) == [1, 2, 3, nil, 10_000])
        #expect(long.window(around: 500) == [1, nil, 498, 499, 500, 501, 502, nil, 10_000])
        #expect(long.window(around: 10_000) == [1, nil, 9_998, 9_999, 10_000])
        // A gap of a single page shows that page's number instead of "…".
        #expect(long.window(around: 4) == [1, 2, 3, 4, 5, 6, nil, 10_000])
        #expect(long.window(around: 5) == [1, 2, 3, 4, 5, 6, 7, nil, 10_000])
    }
}
