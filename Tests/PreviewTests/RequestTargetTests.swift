import Foundation
@testable import MendPreview
import Testing

@Suite("Request paths are decoded strictly")
struct RequestTargetTests {
    @Test func plainPathsAndFolders() throws {
        let folder = try #require(RequestTarget("/blog/posts/a%20b/?x=1#top"))
        #expect(folder.segments == ["blog", "posts", "a b"])
        #expect(folder.isFolder)
        #expect(folder.query == "x=1")
        let file = try #require(RequestTarget("/assets/style.css"))
        #expect(file.path == "assets/style.css")
        #expect(!file.isFolder)
        #expect(RequestTarget("/")?.segments == [])
        #expect(RequestTarget("/caf%C3%A9/")?.segments == ["café"])
    }

    @Test(arguments: ["", "x", "/..", "/a/../b", "/%2e%2e/", "/%2E./", "/a%2fb", "/a%5Cb", "/a\\b", "/%c0%ae%c0%ae/",
                      "/%e0%80%ae/", "/%ed%a0%80/", "/%00", "/%0a", "/a//b", "/./a", "/%", "/%4", "/%g0", "http://x/a"])
    func refused(_ raw: String) {
        #expect(RequestTarget(raw) == nil, "\(raw)")
    }
}

@Suite("Form bodies are decoded strictly")
struct FormFieldsTests {
    @Test func decodes() throws {
        let form = try #require(FormFields(Array("fields%5Bname%5D=Sam+Lee&fields[message]=caf%C3%A9%0A&empty=&bare".utf8)))
        #expect(form["fields[name]"] == "Sam Lee")
        #expect(form["fields[message]"] == "café\n")
        #expect(form["empty"] == "")
        #expect(form["bare"] == "")
    }

    @Test(arguments: ["a=%", "a=%2", "a=%zz", "a=%ff", "a=1&a=2", "%c0%ae=1"])
    func refused(_ body: String) {
        #expect(FormFields(Array(body.utf8)) == nil, "\(body)")
    }
}

@Suite("The live-reload tag goes into every page")
struct LiveReloadInjectionTests {
    @Test func beforeTheLastBodyClose() {
        let page = Array("<html><body><p>&lt;/body&gt; in text</p></BODY>\n</html>\n".utf8)
        let result = String(decoding: LiveReload.inject(into: page, root: "/blog/", page: "a/index.html", session: "s1", version: 3), as: UTF8.self)
        #expect(result == "<html><body><p>&lt;/body&gt; in text</p><script src=\"/blog/_mend/live.js\" data-page=\"a/index.html\" data-session=\"s1\" data-version=\"3\" async></script></BODY>\n</html>\n")
    }

    @Test func atTheEndOfAPageWithoutBody() {
        let result = String(decoding: LiveReload.inject(into: Array("<p>bare".utf8), root: "/", page: "x.html", session: "s", version: 1), as: UTF8.self)
        #expect(result.hasPrefix("<p>bare<script src=\"/_mend/live.js\""))
        #expect(result.hasSuffix("</script>"))
    }

    @Test func aPagePathIsEscapedInTheAttribute() {
        let result = String(decoding: LiveReload.inject(into: [], root: "/", page: "a\"b<c&.html", session: "s", version: 1), as: UTF8.self)
        #expect(result.contains("data-page=\"a&quot;b&lt;c&amp;.html\""))
    }
}

@Suite("Bursts of changes make one rebuild")
struct ChangeQueueTests {
    @Test func aBurstIsTakenWhole() async throws {
        let queue = ChangeQueue(quiet: 0.3, longest: 5)
        queue.add(WatchedPaths(["content/a.md"], complete: false))
        Thread {
            for index in 0..<5 {
                usleep(20_000)
                queue.add(WatchedPaths(["content/\(index).md"], complete: true))
            }
        }.start()
        let taken = try await Blocking.run { queue.next(startsAtOnce: { _ in true }) }
        #expect(taken?.count == 6)
        queue.stop()
        #expect(try await Blocking.run { queue.next() } == nil)
    }

    /// A known file written whole is taken at once; anything else (a removal, a new name, a
    /// polled change) waits for quiet and takes what came meanwhile. The quiet time is long
    /// (3 s), so the first case fails if it waits at all, and the others fail if they do not.
    @Test(arguments: [(true, true, 1), (false, true, 3), (true, false, 3)])
    func onlyAWholeWriteOfAKnownFileSkipsTheQuietTime(complete: Bool, known: Bool, expected: Int) async throws {
        let queue = ChangeQueue(quiet: 3, longest: 10)
        queue.add(WatchedPaths(["content/posts/a.md"], complete: complete))
        Thread {
            usleep(300_000)
            queue.add(WatchedPaths(["content/posts/b.md", "content/posts/c.md"], complete: true))
        }.start()
        let taken = try await Blocking.run { queue.next(startsAtOnce: { _ in known }) }
        #expect(taken?.count == expected)
        queue.stop()
    }
}

@Suite("The overlay shows the offending line")
struct OverlayReportTests {
    @Test func lines() {
        let text = Array("one\r\ntwo\tx\nthree".utf8)
        #expect(OverlayReport.line(1, of: text) == "one")
        #expect(OverlayReport.line(2, of: text) == "two x")
        #expect(OverlayReport.line(3, of: text) == "three")
        #expect(OverlayReport.line(4, of: text) == nil)
    }
}

#if canImport(Glibc)
import Glibc

@Suite("Which inotify events mean a file can be read whole")
struct InotifyEventTests {
    @Test func writesAndMovesIntoPlaceAreComplete() {
        #expect(InotifyWatcher.isCompleteWrite(UInt32(IN_CLOSE_WRITE)))
        #expect(InotifyWatcher.isCompleteWrite(UInt32(IN_MOVED_TO)))
    }

    @Test func removalsFoldersAndModesAreNot() {
        for mask in [IN_DELETE, IN_MOVED_FROM, IN_ATTRIB, IN_CREATE, IN_DELETE_SELF, IN_MOVE_SELF, IN_Q_OVERFLOW,
                     IN_MOVED_TO | IN_ISDIR, IN_CREATE | IN_ISDIR] {
            #expect(!InotifyWatcher.isCompleteWrite(UInt32(mask)), "mask \(mask)")
        }
    }
}
#endif
