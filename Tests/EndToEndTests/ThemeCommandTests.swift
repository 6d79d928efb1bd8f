import Foundation
import MendDefaultTheme
import Testing

/// `mend theme list` and `eject`: the built-in theme is a fallback, file by file.
@Suite("mend theme")
struct ThemeCommandTests {
    func newSite(_ folder: TemporaryFolder) throws -> URL {
        let site = folder.url.appendingPathComponent("site")
        #expect(try MendProcess.run(["init", site.path]).status == 0)
        return site
    }

    func read(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("eject copies built-in files; the site's copies override them, one partial and one asset")
    func ejectAndOverride() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try newSite(folder)
        let before = try MendProcess.run(["theme", "list", "--source", site.path])
        #expect(before.status == 0)
        #expect(before.standardOutput.contains("built-in  templates/partials/footer.mustache\n"))
        #expect(before.standardOutput.contains("\n0 of \(DefaultTheme.files.count) theme files are the site's own.\n"))

        let ejected = try MendProcess.run(["theme", "eject", "partials/footer", "assets/style.css", "--source", site.path])
        #expect(ejected.status == 0, "\(ejected.standardError)")
        #expect(ejected.standardOutput == "wrote templates/partials/footer.mustache\nwrote templates/assets/style.css\n")
        let footer = site.appendingPathComponent("templates/partials/footer.mustache")
        let builtIn = try #require(DefaultTheme.files.first { $0.path == "templates/partials/footer.mustache" })
        #expect(read(footer) == String(decoding: builtIn.bytes, as: UTF8.self))

        try Data("<footer class=\"site-footer\"><p>Our own footer</p></footer>\n".utf8).write(to: footer)
        let style = site.appendingPathComponent("templates/assets/style.css")
        try Data("/* our own */ body { color: black; }\n".utf8).write(to: style)
        try Data("<p>A partial of our own</p>\n".utf8).write(to: site.appendingPathComponent("templates/partials/extra.mustache"))

        let again = try MendProcess.run(["theme", "eject", "partials/footer.mustache", "--source", site.path])
        #expect(again.standardOutput == "kept  templates/partials/footer.mustache (the site has its own)\n")
        #expect(read(footer)?.contains("Our own footer") == true, "eject never replaces a file")

        let listed = try MendProcess.run(["theme", "list", "--source", site.path]).standardOutput
        #expect(listed.contains("overrides templates/partials/footer.mustache   (the site's own, in place of the built-in file)\n"))
        #expect(listed.contains("extra     templates/partials/extra.mustache   (the site's own)\n"))
        #expect(listed.contains("built-in  templates/layout.mustache\n"))
        #expect(listed.contains("\n3 of \(DefaultTheme.files.count + 1) theme files are the site's own.\n"))

        let output = folder.url.appendingPathComponent("out")
        let build = try MendProcess.run(["build", "--strict", "--quiet", "--source", site.path, "--output", output.path])
        #expect(build.status == 0, "\(build.standardError)")
        let home = try #require(read(output.appendingPathComponent("index.html")))
        #expect(home.contains("Our own footer") && !home.contains("Follow new guides"))
        #expect(home.contains("<link rel=\"icon\""), "the rest stays built in")
        #expect(read(output.appendingPathComponent("assets/style.css")) == "/* our own */ body { color: black; }\n")
    }

    @Test("a name the built-in theme does not have is an error, and nothing is written")
    func unknownName() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try newSite(folder)
        let outcome = try MendProcess.run(["theme", "eject", "partials/footer.mustache", "partials/nope.mustache", "--source", site.path])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("the built-in theme has no 'partials/nope.mustache': its files are "))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("templates").path))
    }

    @Test("an error in a built-in file says so, and how to copy it")
    func builtInFileNamedInDiagnostics() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try newSite(folder)
        // The site's own tags page hands the built-in item partial a tag, which has no title.
        try FileManager.default.createDirectory(at: site.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data("{{<layout}}{{$content}}{{#page.all_tags}}{{>partials/item}}{{/page.all_tags}}{{/content}}{{/layout}}\n".utf8)
            .write(to: site.appendingPathComponent("templates/tags.mustache"))
        let build = try MendProcess.run(["build", "--source", site.path, "--output", folder.url.appendingPathComponent("out").path])
        #expect(build.status == 1)
        #expect(build.standardError.contains("templates/partials/item.mustache:"), "\(build.standardError)")
        #expect(build.standardError.contains("(in the built-in theme: `mend theme eject partials/item.mustache` copies it into templates/ to change it)"),
                "\(build.standardError)")
    }
}
