/// A list (the home page's posts, a section, a tag) cut into pages of site.yml's
/// `paginate` entries: page 1 at the list's own URL (`/tags/trust/`), page N at
/// `page/N/` below it (`/tags/trust/page/2/`). There is no `page/1/`: the list's own
/// URL is its first page, and nothing else claims that address. A page's comment
/// threads are cut the same way, into `comment-page-N/` (``comments(of:folder:threadCount:perPage:)``).
struct Pagination: Sendable, Equatable {
    /// The list's own URL, its page 1, with the site's path: `/blog/tags/trust/`.
    let url: String
    /// The list's output folder: `""` for the home page, `tags/trust/`.
    let folder: String
    /// How many entries the whole list has.
    let itemCount: Int
    /// Entries per page, at least 1.
    let perPage: Int
    /// What comes between the list's URL and a page number: `page/`, or `comment-page-`.
    let segment: String

    init(url: String, folder: String, itemCount: Int, perPage: Int, segment: String = "page/") {
        self.url = url
        self.folder = folder
        self.itemCount = max(0, itemCount)
        self.perPage = max(1, perPage)
        self.segment = segment
    }

    /// A page's comment threads, `per_page` to a page: page 1 on the page itself, page N at
    /// `comment-page-N/` below it, as WordPress does (`/posts/x/comment-page-2/`).
    static func comments(of url: String, folder: String, threadCount: Int, perPage: Int) -> Pagination {
        Pagination(url: url, folder: folder, itemCount: threadCount, perPage: perPage, segment: "comment-page-")
    }

    /// How many pages the list takes: at least 1 (an empty home page is still a page),
    /// and never one more than its entries fill, so the last page is never empty.
    var pageCount: Int {
        max(1, (itemCount + perPage - 1) / perPage)
    }

    /// The page numbers, 1 to ``pageCount``.
    var pageNumbers: ClosedRange<Int> { 1...pageCount }

    /// The URL of page `number`: the list's own URL for page 1.
    func url(ofPage number: Int) -> String {
        number == 1 ? url : url + segment + "\(number)/"
    }

    /// The output path of page `number`: `tags/trust/index.html`, `tags/trust/page/2/index.html`.
    func outputPath(ofPage number: Int) -> String {
        folder + (number == 1 ? "" : segment + "\(number)/") + "index.html"
    }

    /// The positions in the whole list of the entries page `number` shows.
    func items(onPage number: Int) -> Range<Int> {
        let start = min(itemCount, (number - 1) * perPage)
        return start..<min(itemCount, start + perPage)
    }

    /// The page numbers to link from page `current`: the first, the last, and up to two
    /// on either side of the current one, in order; `nil` stands for a run of two or more
    /// left out (a run of one is shown as its number: `1 2 3` rather than `1 … 3`).
    /// Bounded, so a list of 10,000 pages links about 7 from each, not 10,000.
    func window(around current: Int) -> [Int?] {
        let count = pageCount
        let near = Set([1, count] + Array((current - 2)...(current + 2))).filter { pageNumbers.contains($0) }
        var numbers: [Int?] = []
        var previous = 0
        for number in near.sorted() {
            if number - previous == 2 {
                numbers.append(previous + 1)
            } else if number - previous > 2 {
                numbers.append(nil)
            }
            numbers.append(number)
            previous = number
        }
        return numbers
    }
}
