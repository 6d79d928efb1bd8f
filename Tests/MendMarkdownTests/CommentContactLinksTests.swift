import Testing
import MendMarkdown

/// An email address or phone number in a comment is never a `mailto:` or `tel:` link: comments
/// link only to web pages, and any other link is its text.
@Suite("Comment mode: no mailto: or tel: links")
struct CommentContactLinksTests {
    @Test("each hostile contact link renders as plain text", arguments: [
        ("<sam@example.org>", "<p>sam@example.org</p>\n"),
        ("<mailto:sam@example.org>", "<p>mailto:sam@example.org</p>\n"),
        ("<MAILTO:sam@example.org>", "<p>MAILTO:sam@example.org</p>\n"),
        ("<tel:+442079460958>", "<p>tel:+442079460958</p>\n"),
        ("[mail me](mailto:sam@example.org)", "<p>mail me</p>\n"),
        ("[mail me](MailTo:sam@example.org)", "<p>mail me</p>\n"),
        ("[mail me]( \tmailto:sam@example.org)", "<p>mail me</p>\n"),
        ("[mail me](<mail\tto:sam@example.org>)", "<p>mail me</p>\n"),
        ("[mail me](&#109;ailto:sam@example.org)", "<p>mail me</p>\n"),
        ("[mail me](mail&#x74;o:sam@example.org)", "<p>mail me</p>\n"),
        ("[mail me][m]\n\n[m]: mailto:sam@example.org", "<p>mail me</p>\n"),
        ("[call](tel:+44-20-7946-0958)", "<p>call</p>\n"),
        ("[text](sms:+442079460958)", "<p>text</p>\n"),
        ("[chat](whatsapp://send?phone=442079460958)", "<p>chat</p>\n"),
        ("[call](callto:sam)", "<p>call</p>\n"),
        ("[*sam@example.org*](mailto:sam@example.org)", "<p><em>sam@example.org</em></p>\n"),
        ("sam@example.org +44 20 7946 0958", "<p>sam@example.org +44 20 7946 0958</p>\n"),
    ])
    func plainText(markdown: String, expected: String) {
        expectHTML(markdown, expected, .comment)
        let rendered = html(markdown, .comment)
        #expect(!rendered.contains("<a ") && !rendered.contains("href"), "\(rendered)")
    }

    @Test("web links still work, and a page's own text keeps its mailto: links")
    func webLinksAndPages() {
        expectHTML("[site](https://example.org/) [rel](/guides/) [top](#top) <http://example.org>",
                   "<p><a href=\"https://example.org/\" rel=\"nofollow ugc noopener\">site</a> "
                       + "<a href=\"/guides/\" rel=\"nofollow ugc noopener\">rel</a> "
                       + "<a href=\"#top\" rel=\"nofollow ugc noopener\">top</a> "
                       + "<a href=\"http://example.org\" rel=\"nofollow ugc noopener\">http://example.org</a></p>\n",
                   .comment)
        expectHTML("<sam@example.org>", "<p><a href=\"mailto:sam@example.org\">sam@example.org</a></p>\n")
    }

    @Test("a contact link is a warning at its position")
    func warning() {
        expectWarnings("Hi [me](mailto:a@b.org)", [(1, 4, schemeNotAllowed)], .comment)
    }
}
