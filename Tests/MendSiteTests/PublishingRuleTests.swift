import Testing
@testable import MendSite

/// What under content/ is built, copied, read or left out (README: "What is published").
@Suite("What is published")
struct PublishingRuleTests {
    @Test(arguments: ["content/posts/other.MD", "content/posts/third.markdown", "content/posts/x.mdown",
                      "content/posts/x.Mkd", "content/posts/x.mkdn", "content/posts/x.mdwn", "content/posts/x.md"])
    func markdownInAnySpellingIsContent(_ path: String) {
        guard case .content(.post, _, let slug, _) = ContentPath(path) else {
            Issue.record("\(path) is \(ContentPath(path))")
            return
        }
        #expect(slug == String(path.split(separator: "/").last!.split(separator: ".").first!))
    }

    @Test(arguments: ["content/posts/notes.yml", "content/posts/data.JSON", "content/site.yaml", "content/x.toml",
                      "content/Comments/posts/a/1.yml", "content/COMMENTS/x.yml", "content/posts/list.csv",
                      "content/guides/g/meta.YAML", "content/posts/notes.txt", "content/posts/draft.docx",
                      "content/posts/README", "content/posts/page.html"])
    func dataAndUnknownFilesAreNotPublished(_ path: String) {
        guard case .unpublished(let why) = ContentPath(path) else {
            Issue.record("\(path) is \(ContentPath(path))")
            return
        }
        #expect(why.contains("not published") || why.contains("comments go in content/comments/"), "\(why)")
    }

    @Test func anUnknownTypeSaysHowToPublishItOnPurpose() {
        #expect(ContentPath("content/posts/draft.docx") == .unpublished(
            "not published: Mend does not publish a .docx file from content/; to publish it as it is, put it in static/ (copied to the site unchanged)"))
        #expect(ContentPath("content/Comments/posts/a/1.yml") == .unpublished(
            "comments go in content/comments/ (lower case): rename the folder 'Comments'"))
    }

    @Test(arguments: ["content/posts/lake.svg", "content/posts/photo.JPG", "content/guides/g/talk.mp3",
                      "content/posts/handout.pdf", "content/fonts/a.woff2", "content/posts/captions.vtt"])
    func mediaBesideThePagesIsCopied(_ path: String) {
        #expect(ContentPath(path) == .asset(outputPath: String(path.dropFirst("content/".count))))
    }

    @Test(arguments: ["secret.md~", "#post.md#", ".post.md.swp", "post.md.swp", "site.yml.bak", "post.md.orig",
                      "x.tmp", ".DS_Store", ".git", "post.MD.BAK", "x.rej"])
    func backupsHiddenAndTemporaryFilesAreIgnored(_ name: String) {
        #expect(SourceFilter.isIgnored(name: name))
        #expect(SourceFilter.isIgnored(path: "content/posts/\(name)"))
    }

    @Test(arguments: ["post.md", "index.md", "photo.jpg", "a#b.md", "notes~draft.md", "backup.md"])
    func ordinaryNamesAreNotIgnored(_ name: String) {
        #expect(!SourceFilter.isIgnored(name: name))
    }

    @Test func staticFilesAreCopiedAsTheyAreAndDataIsNeverPublished() throws {
        let sources = [
            SourceFile(path: "content/site.yml", text: "title: T\nbase_url: https://example.org/\n"),
            SourceFile(path: "static/CNAME", text: "example.org"),
            SourceFile(path: "static/files/data.json", text: "{}"),
            SourceFile(path: "content/posts/data.json", text: "{\"email\": \"a@b.example\"}"),
            SourceFile(path: "content/posts/a.md", text: "---\ntitle: A\n---\nText.\n"),
        ]
        let loaded = ContentLoader(config: SiteConfig(title: "T", baseURL: "https://example.org/")).load(sources)
        #expect(loaded.assets.map(\.path) == ["CNAME", "files/data.json"])
        #expect(loaded.files.map(\.path) == ["content/posts/a.md"])
        #expect(loaded.diagnostics.map(\.description) == [
            "content/posts/data.json: warning: not published: data files under content/ are never published (only content/site.yml and content/comments/ are read)",
        ])
    }
}
