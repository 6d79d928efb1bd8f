import Foundation
@testable import MendPreview
import Testing

/// Edits on disk reach the browsers: an event only once the update is served, the overlay
/// on a broken file and its clearing, new folders, renames and deletions.
@Suite("mend serve rebuilds and reloads on every edit", .serialized)
struct LiveReloadTests {
    @Test func anEditSendsAnUpdateOnlyOnceThePageIsServed() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let page = "posts/first-post/index.html"
        let version = try #require(preview.version(of: page))
        let events = try await preview.events(page: page, version: version)
        #expect(await events.next(named: "errors")?.data == "{\"errors\":[]}")

        // The update is slowed down as it goes in: an event sent before its files were in
        // place would reach this browser while the old page is still served.
        preview.server.site.willPublish.withLock { $0 = { Thread.sleep(forTimeInterval: 0.5) } }
        let post = try preview.site.read("content/posts/first-post.md")
        try preview.site.write("content/posts/first-post.md", post + "\nA sentence added while previewing.\n")
        let update = try #require(await events.next(named: "update"))
        // The event is sent after the files are in place: the page is already the new one.
        let served = try await preview.get("/blog/posts/first-post/")
        #expect(served.text.contains("A sentence added while previewing."))
        #expect(update.data.contains("\"posts/first-post/index.html\""))
        #expect(!update.data.contains("\"guides/listening/index.html\""), "a page the edit does not change is not listed")
        #expect(preview.version(of: page)! > version)
        #expect(preview.version(of: "about/index.html") == version, "an unchanged page keeps its version")
    }

    /// The 404 page shown for a missing page reloads once that page exists.
    @Test func aMissingPageReloadsWhenItAppears() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let missing = try await preview.get("/blog/guides/coming/")
        #expect(missing.status == 404)
        #expect(missing.text.contains("data-page=\"guides/coming/index.html\""))
        #expect(missing.text.contains("data-version=\"0\""))
        let events = try await preview.events(page: "guides/coming/index.html", version: 0)
        #expect(await events.next()?.name == "errors", "a missing page is not reloaded at once")
        try preview.site.write("content/guides/coming/index.md", "---\ntitle: Coming Soon\ndate: 2024-02-03\n---\nText.\n")
        let update = try #require(await events.next(named: "update"))
        #expect(update.data.contains("\"guides/coming/index.html\""))
    }

    /// A file that cannot be read is an error in the overlay, and the rest of the site still
    /// changes with every edit.
    @Test func anUnreadableFileDoesNotHoldBackOtherEdits() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let events = try await preview.events(page: "index.html")
        _ = await events.next(named: "errors")
        let link = preview.site.root.appendingPathComponent("content/posts/gone.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/nonexistent/target.md")
        let broken = try #require(await events.next(named: "errors"))
        #expect(broken.data.contains("content/posts/gone.md"))
        let post = try preview.site.read("content/posts/first-post.md")
        try preview.site.write("content/posts/first-post.md", post + "\nEdited beside a broken link.\n")
        #expect(try await preview.eventually { try await preview.get("/blog/posts/first-post/").text.contains("Edited beside a broken link.") })
        try FileManager.default.removeItem(at: link)
        #expect(try await preview.eventually { preview.server.site.snapshot.overlay == .empty })
    }

    @Test func aPageFromAnEarlierServerOrVersionIsToldToReload() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let page = "index.html"
        let version = try #require(preview.version(of: page))
        let current = try await preview.events(page: page, version: version)
        #expect(await current.next()?.name == "errors", "an up-to-date page is not reloaded")
        let stale = try await preview.events(page: page, version: version - 1)
        #expect(await stale.next()?.name == "reload")
        let restarted = try await preview.events(page: page, session: "0", version: version)
        #expect(await restarted.next()?.name == "reload")
    }

    @Test func aBrokenFileShowsTheOverlayAndFixingItClearsIt() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let events = try await preview.events(page: "index.html")
        _ = await events.next(named: "errors")
        let post = try preview.site.read("content/posts/first-post.md")
        try preview.site.write("content/posts/first-post.md", post.replacingOccurrences(of: "title:", with: "title: [unclosed"))
        let broken = try #require(await events.next(named: "errors"))
        let report = try JSONSerialization.jsonObject(with: Data(broken.data.utf8)) as? [String: [[String: Any]]]
        let first = try #require(report?["errors"]?.first)
        #expect(first["file"] as? String == "content/posts/first-post.md")
        #expect((first["line"] as? Int ?? 0) > 0)
        #expect(first["severity"] as? String == "error")
        let lines = try preview.site.read("content/posts/first-post.md").components(separatedBy: "\n")
        let line = try #require(first["line"] as? Int)
        #expect(first["source"] as? String == lines[line - 1], "the offending line, for the caret")
        // The last good build is still served.
        let served = try await preview.get("/blog/posts/first-post/")
        #expect(served.status == 200)
        #expect(!served.text.contains("[unclosed"))
        #expect(preview.messages.withLock { $0.contains { if case .failed = $0 { true } else { false } } }, "the terminal hears of it too")
        // A browser that connects now gets the overlay at once.
        let late = try await preview.events(page: "index.html")
        #expect(await late.next(named: "errors")?.data.contains("first-post.md") == true)

        try preview.site.write("content/posts/first-post.md", post)
        #expect(await events.next(named: "errors")?.data == "{\"errors\":[]}")
    }

    @Test func newFoldersRenamesAndDeletionsAreFollowed() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let root = preview.site.root
        // A new guide folder, made elsewhere and moved in at once (as a checkout does).
        let outside = root.deletingLastPathComponent().appendingPathComponent("incoming")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("---\ntitle: Arrived Whole\ndate: 2024-02-02\n---\nA guide in a new folder.\n".utf8)
            .write(to: outside.appendingPathComponent("index.md"))
        try FileManager.default.moveItem(at: outside, to: root.appendingPathComponent("content/guides/arrived"))
        #expect(try await preview.eventually { try await preview.get("/blog/guides/arrived/").status == 200 })

        // A folder created, then a file written in it.
        try preview.site.write("content/guides/later/index.md", "---\ntitle: Written Later\ndate: 2024-02-03\n---\nText.\n")
        #expect(try await preview.eventually { try await preview.get("/blog/guides/later/").status == 200 })

        // Saved the way editors save: a temporary file renamed over the post.
        let temporary = root.appendingPathComponent("content/posts/.first-post.md.tmp")
        try Data("---\ntitle: Saved By Rename\ndate: 2024-01-01\n---\nNew text.\n".utf8).write(to: temporary)
        _ = rename(temporary.path, root.appendingPathComponent("content/posts/first-post.md").path)
        #expect(try await preview.eventually { try await preview.get("/blog/posts/first-post/").text.contains("Saved By Rename") })

        try FileManager.default.moveItem(at: root.appendingPathComponent("content/posts/first-post.md"),
                                         to: root.appendingPathComponent("content/posts/renamed.md"))
        #expect(try await preview.eventually {
            let moved = try await preview.get("/blog/posts/renamed/").status
            let old = try await preview.get("/blog/posts/first-post/").status
            return moved == 200 && old == 404
        })
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/guides/arrived"))
        #expect(try await preview.eventually { try await preview.get("/blog/guides/arrived/").status == 404 })
    }

    @Test func aSiteYmlEditReachesEveryPage() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let config = try preview.site.read("content/site.yml")
        try preview.site.write("content/site.yml", config.replacingOccurrences(of: "title: Fixture Blog", with: "title: Renamed Blog"))
        #expect(try await preview.eventually {
            let home = try await preview.get("/blog/").text
            let post = try await preview.get("/blog/posts/first-post/").text
            return home.contains("Renamed Blog") && post.contains("Renamed Blog")
        })
    }

    @Test func pollingFindsEditsToo() async throws {
        let preview = try await RunningPreview("valid-blog", polling: true)
        defer { Task { await preview.stop() } }
        let post = try preview.site.read("content/posts/first-post.md")
        try preview.site.write("content/posts/first-post.md", post + "\nFound by polling.\n")
        #expect(try await preview.eventually { try await preview.get("/blog/posts/first-post/").text.contains("Found by polling.") })
        try preview.site.write("content/guides/polled/index.md", "---\ntitle: Polled Guide\ndate: 2024-02-03\n---\nText.\n")
        #expect(try await preview.eventually { try await preview.get("/blog/guides/polled/").status == 200 })
    }

    @Test func aTemplateEditAndATemplateRemovedFallBackToTheTheme() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let original = RunningPreview.withoutScript(try await preview.get("/blog/about/").text)
        let theme = try #require(DefaultThemeFile.text("templates/page.mustache"))
        try preview.site.write("templates/page.mustache", theme.replacingOccurrences(of: "{{{page.content}}}", with: "<p>OVERRIDDEN</p>{{{page.content}}}"))
        #expect(try await preview.eventually { try await preview.get("/blog/about/").text.contains("OVERRIDDEN") })
        try FileManager.default.removeItem(at: preview.site.root.appendingPathComponent("templates"))
        #expect(try await preview.eventually { RunningPreview.withoutScript(try await preview.get("/blog/about/").text) == original })
    }

    @Test func aStylesheetChangeIsAnnouncedForSwapping() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let events = try await preview.events(page: "index.html")
        _ = await events.next(named: "errors")
        let style = try #require(DefaultThemeFile.text("templates/assets/style.css"))
        try preview.site.write("templates/assets/style.css", style + "\n.mend-test { color: red; }\n")
        let update = try #require(await events.next(named: "update"))
        #expect(update.data.contains("\"changed\":[\"assets/style.css\"]"), "\(update.data)")
        #expect(try await preview.get("/blog/assets/style.css").text.contains(".mend-test"))
    }

    @Test func theServerStopsWhileBrowsersListen() async throws {
        let preview = try await RunningPreview("valid-blog")
        let events = try await preview.events(page: "index.html")
        _ = await events.next(named: "errors")
        await preview.stop()
        #expect(await events.ends(within: 5), "the event stream is closed, not left hanging")
    }
}
