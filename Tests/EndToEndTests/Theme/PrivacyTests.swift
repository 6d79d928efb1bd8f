import Testing

/// The comment form and the privacy page say what the site does with a reader's data, from
/// its settings: where a comment goes, that it is moderated, what is shown, and whether any
/// script loads.
@Suite("Honest privacy")
struct PrivacyTests {
    static func files(comments: String, postFrontMatter: String = "") -> [String: String] {
        [
            "content/site.yml": "title: Test\nbase_url: https://example.org/\n" + comments,
            "content/posts/a.md": "---\ntitle: A\ndate: 2024-05-01\n\(postFrontMatter)---\nText.\n",
            "content/pages/privacy.md": "---\ntitle: Privacy\n---\nWhat we do.\n",
        ]
    }

    static let endpoint = "comments:\n  endpoint: https://user@comments.example.org:8443/v3/entry/github/o/r/main/comments\n"

    @Test("the form says it is moderated, what is shown, where it is sent, and links the privacy page")
    func theFormSaysWhereItGoes() throws {
        let post = try #require(try ThemeSite.build(Self.files(comments: Self.endpoint))["posts/a/index.html"])
        let note = try #require(post.firstMatch(of: /<p class="comment-notes" id="comment.note">(.*?)<\/p>/)?.1)
        #expect(note.contains("once a moderator has read them"))
        #expect(note.contains("Your name is shown with your comment (a first name or a pseudonym is fine); your email address never is."))
        #expect(note.contains("sends what you enter to comments.example.org:8443 (<a href=\"/privacy/\">how your data is handled</a>)"))
        #expect(post.contains(#"<script src="/assets/comments.js" defer></script>"#))
    }

    @Test("the privacy page names the host comments go to and the one script")
    func privacyPageWithComments() throws {
        let page = try #require(try ThemeSite.build(Self.files(comments: Self.endpoint))["privacy/index.html"])
        #expect(page.contains("What this site does, exactly"))
        #expect(page.contains("<strong>comments.example.org:8443</strong>, and only when you press “Post Comment”"))
        #expect(page.contains(#"<a href="/assets/comments.js">comments.js</a>"#))
        #expect(!page.contains("No page loads any JavaScript"))
    }

    @Test("without a form anywhere, the privacy page says nothing is sent and no script loads",
          arguments: ["", "comments:\n  enabled: false\n"])
    func privacyPageWithoutAForm(comments: String) throws {
        let site = try ThemeSite.build(Self.files(comments: comments))
        let page = try #require(site["privacy/index.html"])
        #expect(page.contains("No page loads any JavaScript."))
        #expect(page.contains("No page has a form: nothing you do here is sent anywhere."))
        #expect(!site.values.contains { $0.contains("comments.js\" defer") })
    }

    @Test("when every page is closed, no form is left, and the privacy page says so")
    func everyPageClosed() throws {
        let site = try ThemeSite.build(Self.files(comments: Self.endpoint, postFrontMatter: "comments: closed\n"))
        #expect(try #require(site["privacy/index.html"]).contains("No page loads any JavaScript."))
        #expect(!(site["posts/a/index.html"] ?? "").contains("comment-form"))
    }

    @Test("only the page with slug privacy gets the facts; without one the form has no link")
    func withoutAPrivacyPage() throws {
        var files = Self.files(comments: Self.endpoint)
        files["content/pages/privacy.md"] = nil
        files["content/pages/about.md"] = "---\ntitle: About\n---\nUs.\n"
        let site = try ThemeSite.build(files)
        #expect(!(site["about/index.html"] ?? "").contains("What this site does"))
        let post = try #require(site["posts/a/index.html"])
        #expect(post.contains("sends what you enter to comments.example.org:8443. Required fields"))
    }
}
