import Foundation
@testable import MendPreview
import MendServe
import MendSite
import Testing

/// The preview's pages, statuses, types and addresses, on a real server on loopback.
@Suite("mend serve answers as a web server should", .serialized)
struct ServingTests {
    @Test func pagesRedirectsAndTheNotFoundPage() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        #expect(preview.root == "/blog/", "base_url's path is kept")

        let home = try await preview.get("/blog/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.text.contains("<title>"))
        #expect(home.text.contains("/blog/_mend/live.js"))

        for (path, location) in [("/", "/blog/"), ("/blog", "/blog/"), ("/blog/posts/first-post", "/blog/posts/first-post/"),
                                 ("/blog/posts/first-post?x=1", "/blog/posts/first-post/?x=1")] {
            let answer = try await preview.get(path)
            #expect([301, 302].contains(answer.status), "\(path)")
            #expect(answer.headers["location"] == location, "\(path)")
        }
        let missing = try await preview.get("/blog/no-such-page/")
        #expect(missing.status == 404)
        let notFoundPage = try await preview.get("/blog/404.html")
        #expect(notFoundPage.status == 200)
        #expect(RunningPreview.withoutScript(missing.text) == RunningPreview.withoutScript(notFoundPage.text), "the site's own 404 page")
        #expect(missing.headers["content-type"] == "text/html; charset=utf-8")
        #expect(try await preview.get("/elsewhere/").status == 404, "outside the site's root path")

        let style = try await preview.get("/blog/assets/style.css")
        #expect(style.status == 200)
        #expect(style.headers["content-type"] == "text/css; charset=utf-8")
        let image = try await preview.get("/blog/posts/lake.svg")
        #expect(image.headers["content-type"] == "image/svg+xml; charset=utf-8")
        #expect(image.text == (try preview.site.read("content/posts/lake.svg")), "a copied file is served as it is on disk")
        let feed = try await preview.get("/blog/feed.xml")
        #expect(feed.headers["content-type"] == "application/xml; charset=utf-8")
    }

    @Test func aPageCopiedAsItIsCarriesTheScriptToo() async throws {
        let preview = try await RunningPreview("valid-blog", prepare: {
            try $0.write("static/hello.html", "<!DOCTYPE html><html><body><p>Hand-made.</p></body></html>\n")
        })
        defer { Task { await preview.stop() } }
        let page = try await preview.get("/blog/hello.html")
        #expect(page.status == 200)
        #expect(page.text.contains("<p>Hand-made.</p>"))
        #expect(page.text.contains("_mend/live.js"))
        #expect(RunningPreview.withoutScript(page.text) == (try preview.site.read("static/hello.html")))
    }

    @Test func headAndConditionalRequests() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let page = try await preview.get("/blog/posts/first-post/")
        let etag = try #require(page.headers["etag"])
        #expect(etag.hasPrefix("\"") && etag.hasSuffix("\""))
        let head = try await preview.request("HEAD", "/blog/posts/first-post/")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers["content-length"] == String(page.body.count))
        #expect(head.headers["etag"] == etag)
        let again = try await preview.get("/blog/posts/first-post/", headers: ["If-None-Match": etag])
        #expect(again.status == 304)
        #expect(again.body.isEmpty)
        #expect(try await preview.get("/blog/posts/first-post/", headers: ["If-None-Match": "\"other\""]).status == 200)
        let post = try await preview.request("POST", "/blog/posts/first-post/")
        #expect(post.status == 405)
        #expect(post.headers["allow"] == "GET, HEAD")
    }

    /// Except for the live-reload tag and the addresses, a served page is what `mend build`
    /// writes: every page and file, compared byte for byte with a build of the same sources.
    @Test func servedFilesAreTheBuildsBytes() async throws {
        let preview = try await RunningPreview("valid-blog", prepare: { try $0.enableComments() })
        defer { Task { await preview.stop() } }
        let sources = SourceTreeReader(root: preview.site.root).readTreeWithDefaultTheme().files
        let built = SiteBuilder(options: BuildOptions()).build(sources)
        #expect(built.succeeded)
        #expect(built.files.count > 10)
        let endpoint = "https://comments.example.org/v3/entry/github/x/y/main/comments"
        var compared = 0
        for file in built.files {
            let served = try await preview.get("/blog/" + (file.path.hasSuffix("index.html") ? String(file.path.dropLast("index.html".count)) : file.path))
            #expect(served.status == 200, "\(file.path)")
            let expected = file.source.map { try? Array(Data(contentsOf: URL(fileURLWithPath: $0.path))) } ?? file.bytes
            if file.path.hasSuffix(".html") {
                let text = RunningPreview.withoutScript(served.text)
                    .replacingOccurrences(of: preview.origin + "/blog/_mend/comments", with: endpoint)
                    .replacingOccurrences(of: preview.origin, with: "https://example.org")
                    // The form says where it sends: in the preview, to the preview itself.
                    .replacingOccurrences(of: "sends what you enter to \(preview.origin.dropFirst("http://".count))",
                                          with: "sends what you enter to comments.example.org")
                #expect(text == String(decoding: file.bytes, as: UTF8.self), "\(file.path)")
                #expect(served.text.contains("_mend/live.js"), "\(file.path)")
            } else if file.path.hasSuffix(".xml") || file.path.hasSuffix(".txt") {
                #expect(served.text.replacingOccurrences(of: preview.origin, with: "https://example.org") == String(decoding: file.bytes, as: UTF8.self), "\(file.path)")
            } else {
                #expect(served.body == expected, "\(file.path)")
            }
            compared += 1
        }
        #expect(compared == built.files.count)
        let post = try await preview.get("/blog/posts/first-post/")
        #expect(post.text.contains("action=\"\(preview.origin)/blog/_mend/comments\""), "the form posts to the preview")
    }

    /// A page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) reads nothing.
    @Test func onlyLocalHostNamesAreAnswered() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        for host in ["evil.example", "evil.example:\(preview.port)", "127.0.0.1.evil.example", "127.a.evil.example",
                     "127.0.0.evil", "127.0.0.1000", "10.0.0.1"] {
            let answer = try await preview.get("/blog/", headers: ["Host": host])
            #expect(answer.status == 421, "\(host)")
            #expect(!answer.text.contains("<title>"), "\(host)")
        }
        for host in ["localhost:\(preview.port)", "127.0.0.1", "[::1]:\(preview.port)", "LOCALHOST"] {
            #expect(try await preview.get("/blog/", headers: ["Host": host]).status == 200, "\(host)")
        }
    }

    /// `..` in every spelling, encoded slashes and backslashes, overlong UTF-8, NUL: 404,
    /// and never a source file's bytes.
    @Test(arguments: ["/blog/../content/site.yml", "/blog/%2e%2e/content/site.yml", "/blog/%2E%2E/%2E%2E/etc/passwd",
                      "/blog/..%2fcontent%2fsite.yml", "/blog/posts%2f..%2f..%2fcontent", "/blog/..%5ccontent",
                      "/blog/..\\content\\site.yml", "/blog/%c0%ae%c0%ae/content/site.yml", "/blog/%e0%80%ae%e0%80%ae/x",
                      "/blog/%00", "/blog/posts/%", "/blog/posts/%zz", "//etc/passwd", "/blog//posts/", "/blog/./posts/",
                      "/blog/_mend/../../content/site.yml", "*"])
    func traversalIsNotFound(_ path: String) async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let raw = try await preview.send(Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8))
        let answer = try RawHTTP.parse(raw)
        #expect(answer.status == 404, "\(path): \(answer.status)")
        #expect(!answer.text.contains("base_url"), "\(path)")
        #expect(!answer.text.contains("root:"), "\(path)")
    }
}
