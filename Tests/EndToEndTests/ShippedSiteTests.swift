import Foundation
import Testing
import MendSite

@Suite("The shipped Rebuilding Trust site")
struct ShippedSiteTests {
    static let guide = "guides/rebuilding-trust/index.html"
    static let stepSlugs = ["acknowledge-the-pain", "take-responsibility", "open-lines-of-communication",
                            "set-clear-boundaries", "rebuild-through-consistent-actions", "be-patient-with-the-process",
                            "seek-professional-support", "focus-on-the-positive"]

    @Test func buildsEveryPage() throws {
        let result = try Fixtures.build(Fixtures.packageRoot)
        #expect(result.succeeded, "\(result.diagnostics)")
        let paths = Set(result.files.map(\.path))
        for path in ["index.html", Self.guide, "tags/index.html", "feed.xml", "sitemap.xml", "robots.txt", "404.html",
                     "assets/style.css", "assets/favicon.svg"] {
            #expect(paths.contains(path), "missing \(path)")
        }
        // Every page names the icon, so no browser asks for /favicon.ico (a 404 on every page).
        for file in result.files where file.path.hasSuffix(".html") {
            #expect(String(decoding: file.bytes, as: UTF8.self).contains("<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">"),
                    "\(file.path) names no icon")
        }
        for slug in Self.stepSlugs { #expect(paths.contains("guides/rebuilding-trust/\(slug)/index.html"), "missing step \(slug)") }
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func guidePageShowsEveryStepOnceInOrderWithStableAnchors() throws {
        let result = try Fixtures.build(Fixtures.packageRoot)
        let html = try #require(Fixtures.text(result, Self.guide))
        var cursor = html.startIndex
        for (offset, slug) in Self.stepSlugs.enumerated() {
            let anchor = try #require(html.range(of: "id=\"step-\(offset + 1)\"", range: cursor..<html.endIndex),
                                      "step \(offset + 1) missing or out of order")
            // The heading links to itself; a labelled link after the step's text, to its own page.
            #expect(html[anchor.upperBound...].prefix(100).contains("href=\"#step-\(offset + 1)\""))
            let link = try #require(html.range(of: "<p class=\"step-link\"><a href=\"/guides/rebuilding-trust/\(slug)/\">Open step \(offset + 1) on its own page",
                                               range: anchor.upperBound..<html.endIndex), "step \(offset + 1) has no link to its page")
            let next = html.range(of: "id=\"step-\(offset + 2)\"", range: anchor.upperBound..<html.endIndex)
            #expect(next.map { link.lowerBound < $0.lowerBound } ?? true, "step \(offset + 1)'s link is under its own step")
            cursor = anchor.upperBound
        }
        #expect(html.components(separatedBy: "The first step in rebuilding trust is to acknowledge").count == 2)
        #expect(!html.contains("Leave a Reply") || html.components(separatedBy: "Leave a Reply").count == 2)
    }

    @Test func jsonLDHowToMatchesTheVisibleSteps() throws {
        let result = try Fixtures.build(Fixtures.packageRoot)
        let html = try #require(Fixtures.text(result, Self.guide))
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
        let graph = try #require(json?["@graph"] as? [[String: Any]])
        let types = graph.compactMap { $0["@type"] as? String }
        #expect(types.contains("Article") && types.contains("BreadcrumbList") && types.contains("HowTo"))
        let howTo = try #require(graph.first { $0["@type"] as? String == "HowTo" })
        let steps = try #require(howTo["step"] as? [[String: Any]])
        #expect(steps.count == 8)
        for (offset, step) in steps.enumerated() {
            #expect(step["position"] as? Int == offset + 1)
            #expect(step["url"] as? String == "https://mend.example/guides/rebuilding-trust/#step-\(offset + 1)")
        }
    }

    @Test func stepPagesSayWhereTheReaderIs() throws {
        let result = try Fixtures.build(Fixtures.packageRoot)
        let third = try #require(Fixtures.text(result, "guides/rebuilding-trust/open-lines-of-communication/index.html"))
        #expect(third.contains("Step 3 of 8"))
        #expect(third.contains("/guides/rebuilding-trust/take-responsibility/"))
        #expect(third.contains("/guides/rebuilding-trust/set-clear-boundaries/"))
    }

    @Test func itsListsFitOnOnePageAndTheGuidesHaveTheirSectionPage() throws {
        let result = try Fixtures.build(Fixtures.packageRoot)
        let paths = Set(result.files.map(\.path))
        #expect(paths.contains("guides/index.html"))
        #expect(!paths.contains("posts/index.html"), "no posts: no /posts/ page")
        #expect(!paths.contains { $0.contains("page/") }, "every list of the shipped site fits on one page")
        let home = try #require(Fixtures.text(result, "index.html"))
        #expect(!home.contains("aria-label=\"Pages\"") && !home.contains("rel=\"next\""))
    }

    @Test func noRequestLeavesTheSite() throws {
        let result = try Fixtures.build(Fixtures.packageRoot)
        for file in result.files where file.path.hasSuffix(".html") || file.path.hasSuffix(".css") {
            let text = String(decoding: file.bytes, as: UTF8.self)
            for pattern in ["src=\"http", "src=\"//", "url(http", "url(//", "@import", "<link rel=\"stylesheet\" href=\"http"] {
                #expect(!text.contains(pattern), "\(file.path) loads a third-party resource: \(pattern)")
            }
        }
    }
}
