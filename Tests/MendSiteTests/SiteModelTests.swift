import Testing
@testable import MendSite

/// Parses and derives a site given as `[path: text]` (site.yml is added when missing).
func derive(_ files: [String: String], drafts: Bool = false) -> (SiteModel, [Diagnostic]) {
    var files = files
    if files["content/site.yml"] == nil { files["content/site.yml"] = "title: Test\nbase_url: https://example.org/\n" }
    let sources = files.sorted { $0.key < $1.key }.map { SourceFile(path: $0.key, text: $0.value) }
    let (config, configDiagnostics) = SiteConfig.parse(files["content/site.yml"]!, path: "content/site.yml")
    let loaded = ContentLoader(config: config!).load(sources)
    let (model, diagnostics) = SiteModel.derive(loaded.files, assets: loaded.assets, config: config!, includeDrafts: drafts)
    return (model, configDiagnostics + loaded.diagnostics + diagnostics)
}

func page(_ title: String, _ extra: String = "", body: String = "Text.") -> String {
    "---\ntitle: \(title)\n\(extra)---\n\(body)\n"
}

@Suite("Deriving the site")
struct SiteModelTests {
    @Test func ordersStepsByNumberAndGivesPrettyURLs() throws {
        let (model, diagnostics) = derive([
            "content/guides/trust/index.md": page("Trust"),
            "content/guides/trust/02-talk.md": page("Talk", "step: 2\n"),
            "content/guides/trust/01-listen.md": page("Listen", "step: 1\n"),
            "content/guides/trust/03-wait.md": page("Wait"),
        ])
        #expect(diagnostics.isEmpty)
        let guide = try #require(model.guides.first)
        #expect(guide.steps.map { model.entries[$0].url } == ["/guides/trust/listen/", "/guides/trust/talk/", "/guides/trust/wait/"])
        #expect(guide.steps.map { model.entries[$0].stepNumber } == [1, 2, 3])
        #expect(model.entries[guide.article].outputPath == "guides/trust/index.html")
    }

    @Test func stepGapIsAnError() {
        let (_, diagnostics) = derive([
            "content/guides/trust/index.md": page("Trust"),
            "content/guides/trust/01-a.md": page("A", "step: 1\n"),
            "content/guides/trust/03-c.md": page("C", "step: 3\n"),
        ])
        #expect(diagnostics.map(\.description) == [
            "content/guides/trust/03-c.md:3:7: error: step 3 follows step 1: number the steps 1 to 2 without gaps (step 2 is missing)",
        ])
    }

    @Test func everyGapIsReported() {
        let (_, diagnostics) = derive([
            "content/guides/trust/index.md": page("Trust"),
            "content/guides/trust/01-a.md": page("A"), "content/guides/trust/03-c.md": page("C"),
            "content/guides/trust/05-e.md": page("E"),
        ])
        #expect(diagnostics.map(\.message) == [
            "step 3 follows step 1: number the steps 1 to 3 without gaps (step 2 is missing)",
            "step 5 follows step 3: number the steps 1 to 3 without gaps (step 4 is missing)",
        ])
    }

    @Test func aDraftStepIsLeftOutAndTheRestRenumbered() throws {
        let files = [
            "content/guides/trust/index.md": page("Trust"),
            "content/guides/trust/01-a.md": page("A"), "content/guides/trust/02-b.md": page("B", "draft: true\n"),
            "content/guides/trust/03-c.md": page("C"),
        ]
        let (model, diagnostics) = derive(files)
        #expect(diagnostics.map(\.description) == [
            "content/guides/trust/02-b.md:3:8: warning: step 2 is a draft and is left out: the steps after it are numbered one lower until it is published",
        ])
        let guide = try #require(model.guides.first)
        #expect(guide.steps.map { model.entries[$0].title } == ["A", "C"])
        #expect(guide.steps.map { model.entries[$0].stepNumber } == [1, 2])
        let (withDrafts, _) = derive(files, drafts: true)
        #expect(withDrafts.guides.first?.steps.count == 3)
    }

    @Test func aGuideWithoutStepsIsAWarning() {
        let (model, diagnostics) = derive(["content/guides/lonely/index.md": page("Lonely")])
        #expect(diagnostics.map(\.description) == [
            "content/guides/lonely/index.md: warning: the guide has no steps: add step files such as 01-first-step.md beside its index.md",
        ])
        #expect(model.guides.first?.steps.isEmpty == true)
    }

    @Test func aZeroFilePrefixIsNotAStepNumber() {
        let (_, diagnostics) = derive(["content/guides/trust/index.md": page("Trust"), "content/guides/trust/00-a.md": page("A")])
        #expect(diagnostics.map(\.message) == ["the file name's number 0 is not a step number: number steps from 1 (01-a.md)"])
    }

    @Test func duplicateStepIsAnError() {
        let (_, diagnostics) = derive([
            "content/guides/trust/index.md": page("Trust"),
            "content/guides/trust/01-a.md": page("A", "step: 1\n"),
            "content/guides/trust/01-b.md": page("B", "step: 1\n"),
        ])
        #expect(diagnostics.map(\.description) == [
            "content/guides/trust/01-b.md:3:7: error: step 1 is also the number of content/guides/trust/01-a.md: give each step its own number",
        ])
    }

    @Test func stepsWithoutAGuideArticle() {
        let (_, diagnostics) = derive(["content/guides/lost/01-a.md": page("A")])
        #expect(diagnostics.first?.message.contains("has no index.md") == true)
    }

    @Test func urlCollisionNamesBothFiles() {
        let (_, diagnostics) = derive([
            "content/posts/a.md": page("A", "slug: same\n"),
            "content/posts/b.md": page("B", "slug: same\n"),
        ])
        #expect(diagnostics.map(\.description) == [
            "content/posts/b.md:3:7: error: the URL /posts/same/ is already taken by content/posts/a.md: give one of them another slug",
        ])
    }

    @Test func badSlugAndReservedSlug() {
        let (_, diagnostics) = derive([
            "content/pages/About Us.md": page("About"),
            "content/pages/tags.md": page("Tags"),
        ])
        #expect(diagnostics.map(\.message).sorted() == [
            "the URL /tags/ is used by the site itself: give this page another slug",
            "the file name 'About Us' cannot be used in a URL: use 'about-us'",
        ])
    }

    @Test func draftsAreLeftOutUnlessAskedFor() {
        let files = ["content/posts/a.md": page("A"), "content/posts/b.md": page("B", "draft: true\n"),
                     "content/guides/g/index.md": page("G", "draft: true\n"), "content/guides/g/01-s.md": page("S")]
        #expect(derive(files).0.entries.map(\.title) == ["A"])
        #expect(derive(files, drafts: true).0.entries.map(\.title).sorted() == ["A", "B", "G", "S"])
    }

    @Test func tagsGroupBySlugNewestFirst() {
        let (model, _) = derive([
            "content/posts/a.md": page("A", "date: 2024-01-01\ntags: [Healing, trust]\n"),
            "content/posts/b.md": page("B", "date: 2024-03-01\ntags: [healing]\n"),
        ])
        #expect(model.tags.map(\.slug) == ["healing", "trust"])
        #expect(model.tags[0].name == "Healing")
        #expect(model.tags[0].entries.map { model.entries[$0].title } == ["B", "A"])
        #expect(model.tags[0].url == "/tags/healing/")
    }

    @Test func subPathSitesPrefixEveryURL() {
        let (model, _) = derive(["content/site.yml": "title: T\nbase_url: https://example.org/blog/\n",
                                 "content/posts/a.md": page("A", "tags: [x]\n")])
        #expect(model.entries.map(\.url) == ["/blog/posts/a/"])
        #expect(model.tags.map(\.url) == ["/blog/tags/x/"])
    }

    @Test func textThatIsNotUTF8IsAnErrorAtItsPlace() {
        let config = SiteConfig(title: "T", baseURL: "https://example.org/")
        let bytes = Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\n---\n".utf8)
        let result = ContentLoader(config: config).load([SourceFile(path: "content/posts/x.md", bytes: bytes)])
        #expect(result.files.isEmpty)
        #expect(result.diagnostics.map(\.description) == ["content/posts/x.md:2:11: error: the file is not UTF-8 text: save it as UTF-8"])
    }

    @Test func misplacedMarkdownIsAWarningAndAssetsAreKept() {
        let (model, diagnostics) = derive(["content/notes.md": page("N"), "content/posts/photo.jpg": "JPEG"])
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(model.assets.map(\.path) == ["posts/photo.jpg"])
    }
}
