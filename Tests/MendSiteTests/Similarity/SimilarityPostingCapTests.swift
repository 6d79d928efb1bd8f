@testable import MendSite
import Testing

/// Term and tag posting lists are cut at caps of their own.
@Suite("Similar posts: posting list caps")
struct SimilarityPostingCapTests {
    /// 60 pages: every page has the word "shared" and one of two tags (each on half the pages).
    private static let documents = (0..<60).map { page in
        let day = page % 28 + 1
        return SimilarityDocument(key: "p\(page)", tags: [page.isMultiple(of: 2) ? "even" : "odd"],
                                  text: "shared word\(page) other\(page)", date: "2024-01-\(day < 10 ? "0" : "")\(day)")
    }

    @Test(arguments: [(5, 12), (12, 5), (100, 100)])
    func eachListIsCutAtItsOwnCap(termCap: Int, tagCap: Int) {
        let index = SimilarityIndex(Self.documents, options: SimilarityOptions(postingsPerTerm: termCap, postingsPerTag: tagCap))
        let termLengths = (0..<index.textPostings.rowCount).map { index.textPostings.range(ofRow: $0).count }
        let tagLengths = (0..<index.tagPostings.rowCount).map { index.tagPostings.range(ofRow: $0).count }
        // "shared" is on every page: its list is the one cut; the others hold one page each.
        #expect(termLengths.max() == min(termCap, 60))
        #expect(tagLengths == [min(tagCap, 30), min(tagCap, 30)])
    }

    @Test func theDefaultsKeepTagListsLongerThanTermLists() {
        let options = SimilarityOptions()
        #expect(options.postingsPerTerm == 1_024)
        #expect(options.postingsPerTag == 4_096)
    }
}
