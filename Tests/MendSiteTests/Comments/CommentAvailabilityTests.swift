import Testing
@testable import MendSite

/// Whether a page's form is open: one rule for the build and `mend comments add`.
@Suite("Open and closed comments")
struct CommentAvailabilityTests {
    static let site = "title: Test\nbase_url: https://example.org/\ncomments:\n  close_after_days: 30\n"

    func model(_ comments: [String: String], site: String = site) -> (SiteModel, ContentLoader.Result) {
        var files = ["content/site.yml": site, "content/posts/a.md": page("A", "date: 2024-05-01\n"),
                     "content/posts/old.md": page("Old", "date: 2024-01-01\n"),
                     "content/posts/shut.md": page("Shut", "date: 2024-05-01\ncomments: closed\n"),
                     "content/pages/about.md": page("About")]
        files.merge(comments) { $1 }
        let sources = files.sorted { $0.key < $1.key }.map { SourceFile(path: $0.key, text: $0.value) }
        let config = SiteConfig.parse(site, path: "content/site.yml").0!
        let loaded = ContentLoader(config: config).load(sources)
        var (model, _) = SiteModel.derive(loaded.files, assets: loaded.assets, config: config, includeDrafts: false)
        _ = model.attachComments(loaded.comments, leftOut: loaded.leftOutComments, now: nil)
        return (model, loaded)
    }

    func availability(_ model: SiteModel, _ url: String, reference: ContentDate?) -> CommentAvailability {
        model.commentAvailability(of: model.entries.first { $0.url == url }!, reference: reference)
    }

    func isOpen(_ model: SiteModel, _ url: String) -> Bool? {
        model.entries.firstIndex { $0.url == url }.flatMap { model.pageComments[$0]?.isOpen }
    }

    /// A guide's steps have no date of their own unless they say one: they close with their guide.
    @Test("a step without a date closes with its guide; one with its own date, by that")
    func stepsTakeTheirGuidesDate() {
        let (model, _) = model([
            "content/guides/g/index.md": page("G", "date: 2024-01-10\n"),
            "content/guides/g/01-first.md": page("First"),
            "content/guides/g/02-second.md": page("Second", "date: 2024-04-20\n"),
        ])
        let reference = ContentDate("2024-05-01")!
        #expect(availability(model, "/guides/g/first/", reference: reference)
            == .closedAfterDays(30, pageDate: ContentDate("2024-01-10")!, reference: reference))
        #expect(availability(model, "/guides/g/second/", reference: reference) == .open)
        #expect(isOpen(model, "/guides/g/first/") == false && isOpen(model, "/guides/g/second/") == true)
        let first = model.entries.first { $0.url == "/guides/g/first/" }!
        #expect(first.lastModified == ContentDate("2024-01-10"), "the sitemap's lastmod")
        #expect(first.frontMatter.date == nil, "the page itself shows no date it was not given")
    }

    @Test("a spam or pending comment dated 9999 does not close every form")
    func unapprovedDatesDoNotCount() {
        let (model, loaded) = model([
            "content/comments/posts/a/s.yml": "name: S\ndate: 9999-01-01\nmessage: buy\nstatus: spam\n",
            "content/comments/posts/a/p.yml": "name: P\ndate: 9000-01-01\nmessage: hi\nstatus: pending\n",
        ])
        #expect(model.commentReferenceDate(loaded.comments) == ContentDate("2024-05-01"))
        #expect(isOpen(model, "/posts/a/") == true)
        #expect(isOpen(model, "/posts/old/") == false)  // 121 days before the newest page
    }

    @Test("an approved comment's date does count")
    func approvedDatesCount() {
        let (model, loaded) = model(["content/comments/posts/a/c.yml": "name: C\ndate: 2024-07-01\nmessage: hi\n"])
        #expect(model.commentReferenceDate(loaded.comments) == ContentDate("2024-07-01"))
        #expect(isOpen(model, "/posts/a/") == false)
    }

    @Test("every reason a page takes no comments")
    func reasons() {
        let (model, _) = model([:])
        let reference = ContentDate("2024-05-10")
        #expect(availability(model, "/posts/a/", reference: reference) == .open)
        #expect(availability(model, "/posts/shut/", reference: reference) == .closedInFrontMatter)
        #expect(availability(model, "/about/", reference: reference) == .noCommentsSection(.page))
        #expect(availability(model, "/posts/old/", reference: reference)
            == .closedAfterDays(30, pageDate: ContentDate("2024-01-01")!, reference: reference!))
        #expect(availability(model, "/posts/old/", reference: nil) == .open)
        let (disabled, _) = self.model([:], site: "title: T\nbase_url: https://example.org/\ncomments:\n  enabled: false\n")
        #expect(availability(disabled, "/posts/a/", reference: reference) == .disabled)
        #expect(CommentAvailability.closedInFrontMatter.reason == "its comments are closed (`comments: closed` in its front matter)")
    }
}
