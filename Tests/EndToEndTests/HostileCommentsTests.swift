import Foundation
import Testing
import MendSite

/// A site whose comments try everything: the built site must publish no email
/// address (plain or hashed), run no commenter's script, and still be valid.
@Suite("Hostile comments")
struct HostileCommentsTests {
    static let site = Fixtures.site("hostile-comments")
    /// The emails in the fixture, and the md5 and sha256 hashes stored for Bob and Carol.
    static let secrets = ["alice@example.org", "bob@example.org", "carol@example.org", "pete@example.org",
                          "erin@example.org", "10ac39056a4b6f1f6804d724518ff2dc",
                          "b39a07821bb2ed23b1d535a66cea5c2c165b26cfc19d01cf59db1d2d43ca408b"]

    func built() throws -> BuildResult {
        let result = try Fixtures.build(Self.site)
        #expect(result.succeeded, "\(result.diagnostics)")
        return result
    }

    @Test func noEmailAddressIsPublishedPlainOrHashed() throws {
        for file in try built().files {
            let text = String(decoding: file.bytes, as: UTF8.self)
            for secret in Self.secrets { #expect(!text.contains(secret), "\(file.path) contains \(secret)") }
        }
    }

    @Test func noCommenterMarkupCanRunScript() throws {
        let html = try #require(Fixtures.text(try built(), "posts/open/index.html"))
        // Escaped text never holds a "<", so every "<" in the page opens real markup.
        for tag in Self.tags(in: html) {
            let lower = tag.lowercased()
            #expect(!Self.hasEventHandler(lower), "event handler in \(tag)")
            for forbidden in ["javascript:", "vbscript:", "data:", "tracker.example"] {
                #expect(!lower.contains(forbidden), "\(forbidden) in \(tag)")
            }
            for name in ["<img", "<svg", "<iframe", "<object", "<embed"] { #expect(!lower.hasPrefix(name), "\(tag)") }
            if lower.hasPrefix("<script") {
                #expect(lower.contains("application/ld+json") || lower.contains("assets/comments.js"), "\(tag)")
            }
        }
        #expect(html.contains("&lt;script&gt;alert"))
    }

    /// Every tag of the page, from its "<" to its ">" (JSON-LD and the like stay out: they are not markup).
    static func tags(in html: String) -> [Substring] {
        var tags: [Substring] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            let tag = rest[open...].prefix { $0 != ">" }
            tags.append(tag)
            rest = rest[tag.endIndex...]
            if tag.lowercased().hasPrefix("<script"), let close = rest.range(of: "</script>") {
                rest = rest[close.upperBound...]
            }
        }
        return tags
    }

    /// Whether a tag has an attribute such as `onclick=` or `onerror=`.
    static func hasEventHandler(_ tag: String) -> Bool {
        tag.split(whereSeparator: \.isWhitespace).dropFirst().contains { token in
            guard token.hasPrefix("on") else { return false }
            let name = token.dropFirst(2).prefix(while: \.isLetter)
            return !name.isEmpty && token.dropFirst(2 + name.count).first == "="
        }
    }

    @Test func threadsNestPendingAndSpamStayHidden() throws {
        let html = try #require(Fixtures.text(try built(), "posts/open/index.html"))
        #expect(!html.contains("PENDING-MARKER") && !html.contains("SPAM-MARKER"))
        for id in ["a1", "b2", "c3", "d4"] { #expect(html.contains("id=\"comment-\(id)\"")) }
        #expect(html.contains("4 thoughts on “An Open Post”"))
        let order = ["comment-a1", "comment-b2", "comment-c3", "comment-d4"].map { html.range(of: "id=\"\($0)\"")!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test func closedPagesShowTheirCommentsButNoForm() throws {
        let result = try built()
        let closed = try #require(Fixtures.text(result, "posts/closed/index.html"))
        #expect(closed.contains("id=\"comment-e1\""))
        #expect(closed.contains("Comments are closed."))
        #expect(!closed.contains("<form"))
        let open = try #require(Fixtures.text(result, "posts/open/index.html"))
        #expect(open.contains("Leave a Reply"))
        #expect(open.contains("action=\"https://staticman.example/v3/entry/github/owner/repo/main/comments\""))
    }

    @Test func jsonLDCarriesCommentsWithoutEmails() throws {
        let html = try #require(Fixtures.text(try built(), "posts/open/index.html"))
        #expect(html.contains("\"commentCount\":4"))
        #expect(html.contains("\"@type\":\"Comment\""))
        #expect(!html.contains("</script>alert"))
    }

    /// Frank (posts/closed/f7.yml) typed addresses and numbers into his name and message, as
    /// plain text, autolinks, Markdown links and references: none becomes a link.
    @Test func typedEmailsAndPhoneNumbersAreNeverLinks() throws {
        let result = try built()
        for file in result.files {
            let text = String(decoding: file.bytes, as: UTF8.self).lowercased()
            for scheme in ["mailto:", "tel:", "sms:", "whatsapp:", "href=\"frank"] {
                #expect(!text.contains("=\"\(scheme)") && !text.contains("='\(scheme)"), "\(scheme) link in \(file.path)")
            }
            #expect(!text.contains("frank.private@example.org"), "\(file.path)")
        }
        let html = try #require(Fixtures.text(result, "posts/closed/index.html"))
        #expect(html.contains("Mail me at frank.plain@example.net, frank.auto@example.net or MAILTO:frank.auto2@example.net."))
        #expect(html.contains("Write or write or ref or e."))
        #expect(html.contains("Call +1 (555) 123-4567, call, tel:+15551234568, text or chat."))
        #expect(html.contains("<a href=\"https://frank.example/\" rel=\"nofollow ugc noopener\">home</a>"))
        #expect(html.contains("<bdi>Frank frank.name@example.net +44 20 7946 0958 &lt;frank.angle@example.net&gt; mailto:frank.mailto@example.net</bdi>"))
        for hidden in ["frank.link", "frank.case", "frank.ref", "frank.ent", "15551234567", "15551234569"] {
            #expect(!html.contains(hidden), "\(hidden)")
        }
    }

    @Test func badURLIsAWarningAndLeftOut() throws {
        let result = try built()
        #expect(result.diagnostics.filter { $0.severity == .warning }.map(\.location.path).sorted() == [
            "content/comments/posts/open/a1.yml", "content/comments/posts/open/b2.yml",
        ])
    }
}
