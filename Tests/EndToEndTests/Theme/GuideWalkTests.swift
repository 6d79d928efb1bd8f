import MendSite
import Testing

/// A guide can be walked step by step: the guide page links each step's own page, each step
/// page shows where it is and every step, step 1 goes back to the introduction, and the
/// last step ends with the guide's closing and a way back to the start.
@Suite("Walking a guide step by step")
struct GuideWalkTests {
    static let files = [
        "content/site.yml": "title: Test\nbase_url: https://example.org/\n",
        "content/guides/g/index.md": "---\ntitle: G\ndate: 2024-05-01\n---\nThe introduction.\n\n<!-- steps -->\n\n## Moving on\n\nClosing words.\n",
        "content/guides/g/01-first.md": "---\ntitle: First\n---\nOne.\n",
        "content/guides/g/02-second.md": "---\ntitle: Second\n---\nTwo.\n",
        // The same heading as the closing's: the last step's page shows both, with two ids.
        "content/guides/g/03-third.md": "---\ntitle: Third\n---\nThree.\n\n## Moving on\n\nMore.\n",
    ]

    @Test("the guide page links each step's own page, apart from the heading's link to itself")
    func guideLinksEachStep() throws {
        let guide = try #require(try ThemeSite.build(Self.files)["guides/g/index.html"])
        for (number, slug) in ["first", "second", "third"].enumerated().map({ ($0 + 1, $1) }) {
            #expect(guide.contains(##"<h2 id="step-\##(number)"><a class="heading-link" href="#step-\##(number)">"##))
            #expect(guide.contains(#"<p class="step-link"><a href="/guides/g/\#(slug)/">Open step \#(number) on its own page<span class="visually-hidden">: "#))
        }
    }

    @Test("every step page lists the steps, marks its own, and shows its place")
    func stepsShowWhereTheyAre() throws {
        let site = try ThemeSite.build(Self.files)
        for (slug, title) in [("first", "First"), ("second", "Second"), ("third", "Third")] {
            let page = try #require(site["guides/g/\(slug)/index.html"])
            #expect(page.contains("<summary>All 3 steps of the guide</summary>"))
            #expect(page.contains(#"<a href="/guides/g/\#(slug)/" aria-current="step">\#(title)</a> <span class="here">(this step)</span>"#))
            #expect(page.components(separatedBy: "aria-current=\"step\"").count == 2, "\(slug) marks one step")
            for other in ["first", "second", "third"] where other != slug {
                #expect(page.contains(#"<li><a href="/guides/g/\#(other)/">"#), "\(slug) lists \(other)")
            }
            #expect(ThemeSite.duplicateIDs(page).isEmpty, "\(slug): \(ThemeSite.duplicateIDs(page))")
        }
    }

    @Test("step 1 goes back to the introduction; the others to the step before")
    func firstStepLinksTheIntroduction() throws {
        let site = try ThemeSite.build(Self.files)
        let first = try #require(site["guides/g/first/index.html"])
        #expect(first.contains(#"<li class="previous"><a href="/guides/g/" rel="prev"><span class="direction">Previous: the introduction</span> G</a></li>"#))
        let second = try #require(site["guides/g/second/index.html"])
        #expect(second.contains(#"<a href="/guides/g/first/" rel="prev"><span class="direction">Previous: Step 1</span> First</a>"#))
        #expect(!second.contains("the introduction"))
    }

    @Test("the last step ends with the guide's closing and a way back to the start; no other step does")
    func lastStepEndsTheGuide() throws {
        let site = try ThemeSite.build(Self.files)
        let third = try #require(site["guides/g/third/index.html"])
        let end = try #require(third.range(of: #"<section class="guide-end" aria-labelledby="guide-end">"#))
        let tail = third[end.upperBound...]
        #expect(tail.contains(#"<h2 id="guide-end">The end of the guide</h2>"#))
        #expect(tail.contains("<p>Closing words.</p>"))
        #expect(tail.contains(#"<p><a href="/guides/g/">Back to the start of “G”</a></p>"#))
        // The closing's heading sits under "The end of the guide", with an id of its own.
        #expect(tail.contains(#"<h3 id="moving-on-1">"#) || tail.contains(#"<h3 id="moving-on-2">"#), "\(tail.prefix(600))")
        #expect(third.contains(#"<h2 id="moving-on">"#))
        for slug in ["first", "second"] {
            #expect(!(site["guides/g/\(slug)/index.html"] ?? "guide-end").contains("guide-end"), "\(slug)")
        }
    }

    @Test("a steps marker written otherwise is taken, with a warning at its line", arguments: ["<!--steps-->", "<!-- Step -->"])
    func misspeltMarker(marker: String) throws {
        var files = Self.files
        files["content/guides/g/index.md"] = "---\ntitle: G\ndate: 2024-05-01\n---\nThe introduction.\n\n\(marker)\n\nClosing words.\n"
        let result = SiteBuilder().build(ThemeSite.sources(files))
        #expect(result.succeeded)
        #expect(result.diagnostics.map(\.description) == ["content/guides/g/index.md:7:1: warning: '\(marker)' was read as the steps marker: write it as <!-- steps -->"])
        let third = try #require(result.files.first { $0.path == "guides/g/third/index.html" }.map { String(decoding: $0.bytes, as: UTF8.self) })
        #expect(third.contains("<p>Closing words.</p>"))
    }

    @Test("a guide without a closing still ends, with the way back")
    func lastStepWithoutClosing() throws {
        var files = Self.files
        files["content/guides/g/index.md"] = "---\ntitle: G\ndate: 2024-05-01\n---\nThe introduction.\n"
        let third = try #require(try ThemeSite.build(files)["guides/g/third/index.html"])
        #expect(third.contains("The end of the guide") && third.contains("Back to the start of “G”"))
        #expect(!third.contains("Closing words."))
    }
}
