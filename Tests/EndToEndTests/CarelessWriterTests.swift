import Foundation
import Testing

/// What a careless writer leaves in a site's folders never reaches its readers.
@Suite("A careless writer's files")
struct CarelessWriterTests {
    @Test func backupsDataAndStrayFilesAreNeverPublished() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        let secret = "---\ntitle: Secret draft\ndraft: true\n---\nPRIVATE-TEXT about a.reader@example.org\n"
        try folder.write([
            "site/content/posts/secret.md~": secret, "site/content/posts/#secret.md#": secret,
            "site/content/posts/.secret.md.swp": secret, "site/content/site.yml.bak": "PRIVATE-TEXT",
            "site/content/posts/notes.orig": "PRIVATE-TEXT", "site/content/posts/list.tmp": "PRIVATE-TEXT",
            "site/content/posts/other.MD": "---\ntitle: Other\n---\nThe other post.\n",
            "site/content/posts/third.markdown": "---\ntitle: Third\ndraft: true\n---\nPRIVATE-TEXT\n",
            "site/content/Comments/posts/first-post/a.yml":
                "name: Ann\nemail: a.reader@example.org\ndate: 2024-05-01\nmessage: PRIVATE-TEXT\nstatus: approved\n",
            "site/content/posts/data.json": "{\"email\": \"a.reader@example.org\"}",
            "site/content/posts/handout.docx": "PRIVATE-TEXT",
            "site/static/CNAME": "blog.example.org\n",
        ])
        let built = try MendProcess.run(["build"], in: site)
        #expect(built.status == 0, "\(built.standardError)")
        let files = try Fixtures.files(in: site.appendingPathComponent("public"))
        #expect(files["CNAME"] == Data("blog.example.org\n".utf8), "static/ is copied as it is")
        #expect(files["posts/other/index.html"] != nil, "other.MD is built as a page")
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("PRIVATE-TEXT"), "\(path)")
            #expect(!text.contains("a.reader@example.org"), "\(path)")
            #expect(!path.hasSuffix("~") && !path.hasSuffix(".bak") && !path.hasSuffix(".yml") && !path.hasSuffix(".json")
                    && !path.lowercased().hasSuffix(".md") && !path.hasSuffix(".markdown") && !path.hasSuffix(".docx"), "\(path)")
        }
        #expect(built.standardError.contains("content/posts/handout.docx: warning: not published: Mend does not publish a .docx file from content/; to publish it as it is, put it in static/"))
        #expect(built.standardError.contains("content/Comments/posts/first-post/a.yml: warning: comments go in content/comments/ (lower case)"))
    }

    @Test func strictTurnsWarningsIntoAFailedBuildThatLeavesTheOutputAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        #expect(try MendProcess.run(["build", "--strict", "--quiet"], in: site).status == 0, "the fixture has no warnings")
        let before = try Fixtures.files(in: site.appendingPathComponent("public"))
        try folder.write(["site/content/posts/typo.md": "---\ntitle: Typo\ndrafts: true\n---\nNot ready.\n"])
        let strict = try MendProcess.run(["build", "--strict"], in: site)
        #expect(strict.status == 1)
        #expect(strict.standardError.contains("content/posts/typo.md:3:1: warning: unknown front-matter key 'drafts' is ignored: did you mean 'draft'?"))
        #expect(strict.standardError.contains("Build failed with 1 warning (--strict: warnings count)"), "\(strict.standardError)")
        #expect(try Fixtures.files(in: site.appendingPathComponent("public")) == before)
        #expect(try MendProcess.run(["build", "--quiet"], in: site).status == 0, "without --strict a warning does not fail")
    }

    @Test func yearsBefore1000HaveFourDigitsEverywhere() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        try folder.write(["site/content/posts/ancient.md": "---\ntitle: Ancient\ndate: 0999-05-05\n---\nOld.\n"])
        #expect(try MendProcess.run(["build", "--quiet"], in: site).status == 0)
        let files = try Fixtures.files(in: site.appendingPathComponent("public"))
        let page = String(decoding: try #require(files["posts/ancient/index.html"]), as: UTF8.self)
        #expect(page.contains("datetime=\"0999-05-05\""))
        #expect(page.contains("\"datePublished\":\"0999-05-05\""))
        #expect(!page.contains("\"999-05-05"))
        #expect(String(decoding: try #require(files["feed.xml"]), as: UTF8.self).contains("0999-05-05T00:00:00Z"))
        #expect(String(decoding: try #require(files["sitemap.xml"]), as: UTF8.self).contains("<lastmod>0999-05-05"))
    }
}
