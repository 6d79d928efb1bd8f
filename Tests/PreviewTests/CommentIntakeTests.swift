import Foundation
@testable import MendPreview
import MendServe
import Testing

/// The comment form posted to the preview: one pending file for a good comment, nothing and
/// a 4xx for anything else.
@Suite("mend serve takes comments as mend comments add does", .serialized)
struct CommentIntakeTests {
    static func form(_ fields: [(String, String)]) -> [UInt8] {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return Array(fields.map { name, value in
            (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name) + "="
                + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)
        }.joined(separator: "&").utf8)
    }

    static func goodFields(_ preview: RunningPreview) -> [(String, String)] {
        [("fields[message]", "Thank you — this helped."), ("fields[name]", "Sam"), ("fields[email]", "sam@example.org"),
         ("fields[url]", ""), ("fields[honeypot]", ""), ("options[slug]", "posts/first-post"), ("options[parent]", ""),
         ("options[redirect]", preview.origin + "/blog/posts/first-post/#comments")]
    }

    static func post(_ preview: RunningPreview, _ body: [UInt8], type: String = "application/x-www-form-urlencoded") async throws -> RawHTTP.Response {
        try await preview.request("POST", "/blog/_mend/comments", headers: ["Content-Type": type], body: body)
    }

    @Test func aGoodCommentWritesExactlyOnePendingFile() async throws {
        let preview = try await RunningPreview("valid-blog", prepare: { try $0.enableComments() })
        defer { Task { await preview.stop() } }
        let before = preview.site.files(under: "content")
        let answer = try await Self.post(preview, Self.form(Self.goodFields(preview)))
        #expect(answer.status == 303)
        let location = try #require(answer.headers["location"])
        #expect(location.hasPrefix(preview.origin + "/blog/posts/first-post/?mend-comment="))
        #expect(location.hasSuffix("#comments"))
        let added = preview.site.files(under: "content").filter { !before.contains($0) }
        #expect(added.count == 1)
        let file = try #require(added.first)
        #expect(file.hasPrefix("comments/posts/first-post/") && file.hasSuffix(".yml"))
        let text = try preview.site.read("content/" + file)
        #expect(text.contains("status: pending"))
        #expect(text.contains("Sam"))
        let id = String(file.dropFirst("comments/posts/first-post/".count).dropLast(4))
        #expect(location.contains(id), "the redirect names the comment")

        // Pending: not on the page. Approved (as `mend comments approve` does): on the page, live.
        #expect(try await !preview.get("/blog/posts/first-post/").text.contains("Thank you — this helped."))
        let store = CommentStore(root: preview.site.root)
        #expect(try store.setStatus(.approved, of: store.find(id: id)))
        #expect(try await preview.eventually { try await preview.get("/blog/posts/first-post/").text.contains("Thank you — this helped.") })
    }

    @Test func badInputWritesNothing() async throws {
        let preview = try await RunningPreview("valid-blog", prepare: { try $0.enableComments() })
        defer { Task { await preview.stop() } }
        let good = Self.goodFields(preview)
        func with(_ name: String, _ value: String) -> [(String, String)] {
            good.map { $0.0 == name ? (name, value) : $0 }
        }
        let cases: [(String, [UInt8], String, Int)] = [
            ("no name", Self.form(with("fields[name]", "  ")), "the comment has no 'name'", 400),
            ("no message", Self.form(with("fields[message]", "")), "the comment has no 'message'", 400),
            ("no email", Self.form(with("fields[email]", "")), "it is empty", 400),
            ("bad email", Self.form(with("fields[email]", "sam at example")), "email address is not valid", 400),
            ("script url", Self.form(with("fields[url]", "javascript:alert(1)")), "http:// or https://", 400),
            ("honeypot", Self.form(with("fields[honeypot]", "buy now")), "hidden field", 400),
            ("long name", Self.form(with("fields[name]", String(repeating: "a", count: 246))), "longer than 245 characters", 400),
            ("unknown page", Self.form(with("options[slug]", "posts/nowhere")), "no published page", 400),
            ("page without comments", Self.form(with("options[slug]", "pages/about")), "pages/about", 400),
            ("a page outside the site", Self.form(with("options[slug]", "../../../tmp/x")), "no published page", 400),
            ("a page outside the site, encoded", Self.form(with("options[slug]", "posts/first-post/../../../x")), "no published page", 400),
            ("unknown parent", Self.form(with("options[parent]", "abcdef012345")), "not on this page", 400),
            ("foreign redirect", Self.form(with("options[redirect]", "https://evil.example/")), "address on this site", 400),
            ("unknown field", Self.form(good + [("fields[admin]", "1")]), "does not have", 400),
            ("twice", Self.form(good + [("fields[name]", "Other")]), "given twice", 400),
            ("bad escape", Array("fields[name]=%zz".utf8), "could not be read", 400),
            ("not UTF-8", Array("fields[name]=%ff%fe".utf8), "could not be read", 400),
            ("too large", Self.form(with("fields[message]", String(repeating: "x", count: 70_000))), "larger than 64 KiB", 413),
        ]
        let before = preview.site.files(under: "content")
        for (label, body, message, status) in cases {
            let answer = try await Self.post(preview, body)
            #expect(answer.status == status, "\(label): \(answer.status) \(answer.text)")
            #expect(answer.text.contains(message), "\(label): \(answer.text)")
            #expect(answer.text.contains("Nothing was written") || status == 413, "\(label)")
        }
        let json = try await Self.post(preview, Self.form(good), type: "application/json")
        #expect(json.status == 415)
        #expect(try await preview.request("GET", "/blog/_mend/comments").status == 405)
        #expect(preview.site.files(under: "content") == before, "nothing was written")
        #expect(!FileManager.default.fileExists(atPath: preview.site.root.appendingPathComponent("content/comments").path))
    }

    @Test func aFormOnAnotherSiteCannotPostHere() async throws {
        let preview = try await RunningPreview("valid-blog", prepare: { try $0.enableComments() })
        defer { Task { await preview.stop() } }
        let body = Self.form(Self.goodFields(preview))
        let foreign = try await preview.request("POST", "/blog/_mend/comments", headers: [
            "Content-Type": "application/x-www-form-urlencoded", "Origin": "https://evil.example"], body: body)
        #expect(foreign.status == 403)
        let crossSite = try await preview.request("POST", "/blog/_mend/comments", headers: [
            "Content-Type": "application/x-www-form-urlencoded", "Origin": "null", "Sec-Fetch-Site": "cross-site"], body: body)
        #expect(crossSite.status == 403, "a page without a referrer is told apart by Sec-Fetch-Site")
        #expect(!FileManager.default.fileExists(atPath: preview.site.root.appendingPathComponent("content/comments").path))
        let own = try await preview.request("POST", "/blog/_mend/comments", headers: [
            "Content-Type": "application/x-www-form-urlencoded", "Origin": "null", "Sec-Fetch-Site": "same-origin"], body: body)
        #expect(own.status == 303, "the preview's own pages, which send no referrer")
    }

    @Test func aSiteWithoutCommentsTakesNone() async throws {
        let preview = try await RunningPreview("valid-blog")
        defer { Task { await preview.stop() } }
        let page = try await preview.get("/blog/posts/first-post/")
        #expect(!page.text.contains("_mend/comments"), "no form, as in production")
    }
}
