import Foundation
import Testing
import MendSite

/// The output after any sequence of updates is byte-identical to a clean build of the
/// same sources; an update parses again only what its edit touched.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func anySequenceOfEditsGivesTheCleanBuildsOutput(seed: UInt64) throws {
        var replay = try EditReplay(GeneratedSite(seed: seed))
        #expect(replay.disk.count == replay.first.result.files.count, "a first build writes every file")
        var kinds: Set<String> = []
        try replay.run(26, edit: { $0.edit() }) { _, kind, _ in kinds.insert(kind) }
        #expect(kinds.count >= 8, "the edits were varied: \(kinds.sorted())")
    }

    /// Text edits (bodies, titles, summaries, a guide's closing), alone or two at once,
    /// mostly move no page and take the short path; whichever path an update takes, the
    /// output is the clean build's, and the paths mix (a title that reorders posts, or the
    /// About page's title in the navigation, takes the full one).
    @Test(arguments: [UInt64(21), 22, 23])
    func textEditsTakeTheShortPathAndGiveTheCleanBuildsOutput(seed: UInt64) throws {
        var replay = try EditReplay(GeneratedSite(seed: seed))
        let firstCount = replay.first.renderedCount
        try replay.run(40, edit: { $0.editText() }) { update, kind, changes in
            guard update.patched else { return }
            // The site's twenty-word vocabulary makes every page share every word, so an
            // edit changes other pages' similar posts more often than a real site's would.
            #expect(update.renderedCount < firstCount / 2, "\(kind): rendered \(update.renderedCount)")
            #expect(update.parsedCount == changes.count && update.removed.isEmpty)
        }
        #expect(replay.patched >= 25, "most text edits move nothing: \(replay.patched) short, \(replay.full) full")
    }

    /// The short path under other settings: no similar posts; drafts published (`--drafts`,
    /// so the draft post's edits show); warnings failing the build (`--strict`).
    @Test(arguments: [(0, false), (3, true)])
    func textEditsUnderOtherSettings(similarPosts: Int, drafts: Bool) throws {
        var replay = try EditReplay(GeneratedSite(seed: 31, similarPosts: similarPosts),
                                    options: BuildOptions(includeDrafts: drafts, strict: true))
        #expect((replay.disk["posts/unfinished/index.html"] != nil) == drafts)
        try replay.run(24, edit: { $0.editText() })
        #expect(replay.patched >= 12, "\(replay.patched) of 24 took the short path")
    }

    /// A link added to a post's text to the pages it lists as similar takes them out of its
    /// list, on the short path too.
    @Test func aLinkToASimilarPostTakesItOutOfTheList() throws {
        var replay = try EditReplay(GeneratedSite(seed: 13))
        let listed = similarLinks(in: replay.disk["posts/p5/index.html"])
        try #require(listed.count == 3, "p5 lists three similar pages: \(listed)")
        try replay.run(1, edit: { site in
            // Root-relative in Markdown means from the site's root (/site/ here).
            let links = listed.map { "[this](\($0.dropFirst("/site".count)))" }.joined(separator: ", ")
            site.files["content/posts/p5.md"]! += "\nSee \(links).\n"
            return ("link", [.write(SourceFile(path: "content/posts/p5.md", text: site.files["content/posts/p5.md"]!))])
        }) { update, _, _ in
            #expect(update.patched)
        }
        let after = similarLinks(in: replay.disk["posts/p5/index.html"])
        #expect(after.count == 3 && Set(after).isDisjoint(with: listed), "before \(listed), after \(after)")
    }

    /// Edits that move a page, or change what every page shows, take the full path.
    @Test func editsThatMoveAPageTakeTheFullPath() throws {
        var site = GeneratedSite(seed: 8)
        var build = IncrementalBuild()
        try #require(build.build(site.sources).result.succeeded)
        let post = "content/posts/p3.md"
        let edits: [(String, (String) -> String)] = [
            ("a date", { $0.replacingFirst("date: 2024-", with: "date: 2022-") }),
            ("tags", { $0.replacingFirst("tags: [", with: "tags: [hope, ") }),
            ("a slug", { $0.replacingFirst("title: ", with: "slug: moved\ntitle: ") }),
            ("a draft", { $0.replacingFirst("title: ", with: "draft: true\ntitle: ") }),
        ]
        for (what, edit) in edits {
            site.files[post] = edit(site.files[post]!)
            let update = build.update([.write(SourceFile(path: post, text: site.files[post]!))])
            try #require(update.result.succeeded)
            #expect(!update.patched, "\(what) moves the page")
        }
        site.files["content/pages/about.md"] = site.files["content/pages/about.md"]!.replacingFirst("title: About", with: "title: About us")
        let renamed = build.update([.write(SourceFile(path: "content/pages/about.md", text: site.files["content/pages/about.md"]!))])
        #expect(!renamed.patched, "a page's title is in every page's navigation")
        #expect(renamed.written.count > 100)
        let broken = build.update([.write(SourceFile(path: post, text: "---\ntitle: [unclosed\n---\n"))])
        #expect(!broken.patched && !broken.result.succeeded)
    }

    /// A title shows on the page's own page, in lists, in other pages' similar posts, in
    /// a guide's steps and a step's neighbours: every one of them is rendered again.
    @Test func aTitleEditReachesEveryPageThatShowsTheTitle() throws {
        var replay = try EditReplay(GeneratedSite(seed: 11))
        let firstCount = replay.first.renderedCount
        var edited = (0..<10).map { "content/posts/p\($0).md" } + ["content/guides/g1/03-s3.md", "content/guides/g2/index.md"]
        try replay.run(edited.count, edit: { site in
            let path = edited.removeFirst()
            site.files[path] = site.files[path]!.replacingFirst("title: ", with: "title: Renamed\(edited.count) ")
            return (path, [.write(SourceFile(path: path, text: site.files[path]!))])
        }) { update, path, _ in
            #expect(update.renderedCount < firstCount / 3, "\(path): rendered \(update.renderedCount) files")
        }
    }

    @Test func aBodyEditParsesOneFileAndWritesWhatChanged() throws {
        var site = GeneratedSite(seed: 9)
        var build = IncrementalBuild()
        let first = build.build(site.sources)
        try #require(first.result.succeeded)
        #expect(first.reusedCount == 0 && first.parsedCount > 130, "a first build parses every file")
        site.files["content/posts/p7.md"]! += "\nA new closing sentence about patience.\n"
        let update = build.update([.write(SourceFile(path: "content/posts/p7.md", text: site.files["content/posts/p7.md"]!))])
        #expect(update.patched, "a body edit moves no page")
        #expect(update.parsedCount == 1)
        #expect(update.reusedCount == first.parsedCount - 1)
        #expect(update.written.contains { $0.path == "posts/p7/index.html" })
        #expect(update.written.count < first.written.count / 4, "only the pages the edit reaches: \(update.written.count)")
        #expect(update.removed.isEmpty)
        let unchanged = build.update([])
        #expect(unchanged.written.isEmpty && unchanged.removed.isEmpty && unchanged.parsedCount == 0)
    }

    @Test func editorFilesAreIgnoredAsTheReaderIgnoresThem() throws {
        var build = IncrementalBuild(options: BuildOptions(strict: true))
        let site = GeneratedSite(seed: 5)
        try #require(build.build(site.sources + [SourceFile(path: "content/posts/.#p1.md", text: "---\ntitle: Lock\n---\n")])
            .result.succeeded)
        let update = build.update([.write(SourceFile(path: "content/posts/p1.md.swp", text: "swap")),
                                   .write(SourceFile(path: "content/posts/.#p2.md", text: "---\ntitle: Lock\n---\n")),
                                   .write(SourceFile(path: "content/posts/p3.md~", text: "---\ntitle: Old\n---\n"))])
        #expect(update.result.succeeded, "no warning about editor files, even in strict mode: \(update.result.diagnostics)")
        #expect(update.written.isEmpty && update.removed.isEmpty)
        #expect(!build.currentSources.contains { $0.path.contains(".#") || $0.path.hasSuffix("~") || $0.path.hasSuffix(".swp") })
    }

    @Test func aFailedUpdateChangesNothingAndTheNextGoodOneCatchesUp() throws {
        var build = IncrementalBuild()
        let site = GeneratedSite(seed: 4)
        try #require(build.build(site.sources).result.succeeded)
        let broken = build.update([.write(SourceFile(path: "content/posts/p1.md", text: "---\ntitle: [unclosed\n---\n"))])
        #expect(!broken.result.succeeded)
        #expect(broken.written.isEmpty && broken.removed.isEmpty)
        let fixed = build.update([.remove("content/posts/p1.md")])
        #expect(fixed.result.succeeded)
        #expect(fixed.removed.contains("posts/p1/index.html"))
    }
}

/// The links of a page's "Similar posts" section.
private func similarLinks(in bytes: [UInt8]?) -> [String] {
    guard let bytes else { return [] }
    let html = String(decoding: bytes, as: UTF8.self)
    guard let start = html.range(of: "<section class=\"similar\""),
          let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return [] }
    return html[start.upperBound..<end.lowerBound].components(separatedBy: "<a href=\"").dropFirst()
        .map { String($0.prefix { $0 != "\"" }) }
}
