import Foundation
import Testing

/// `mend new`: every form writes one new file, front matter filled in, and the site still
/// builds strictly with it; nothing is ever replaced.
@Suite("mend new")
struct NewCommandTests {
    func run(_ arguments: [String], in site: URL) throws -> MendProcess.Outcome {
        try MendProcess.run(["new"] + arguments + ["--source", site.path])
    }

    func text(_ path: String, in site: URL) -> String? {
        FileManager.default.contents(atPath: site.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("a guide, its steps numbered in turn, a post and a page: each printed, each building")
    func everyForm() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        let made = [
            (["guide", "first-steps", "--title", #"First steps: "where" to begin"#, "--date", "2024-06-01"], "content/guides/first-steps/index.md"),
            (["step", "first-steps", "--title", "Pause, then breathe"], "content/guides/first-steps/01-pause-then-breathe.md"),
            (["step", "first-steps", "--title", "Say what happened", "--slug", "say-it"], "content/guides/first-steps/02-say-it.md"),
            (["post", "--title", "Small rituals", "--date", "2024-06-02"], "content/posts/small-rituals.md"),
            (["page", "contact-us", "--title", "Contact"], "content/pages/contact-us.md"),
        ]
        for (arguments, path) in made {
            let outcome = try run(arguments, in: site)
            #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
            #expect(outcome.standardOutput == site.path + "/" + path + "\n")
        }
        #expect(text("content/guides/first-steps/index.md", in: site)?.hasPrefix(
            "---\ntitle: \"First steps: \\\"where\\\" to begin\"\ndate: 2024-06-01\n") == true)
        #expect(text("content/guides/first-steps/index.md", in: site)?.contains("\n<!-- steps -->\n") == true)
        let step = try #require(text("content/guides/first-steps/02-say-it.md", in: site))
        #expect(step == "---\ntitle: \"Say what happened\"\n# summary: \"One sentence, for lists, link previews and search engines.\"\n---\n\nWhat this step asks, and how to take it.\n",
                "a step takes its guide's date")
        #expect(text("content/pages/contact-us.md", in: site)?.contains("date:") == false)
        let build = try MendProcess.run(["build", "--strict", "--quiet", "--source", site.path,
                                         "--output", folder.url.appendingPathComponent("out").path])
        #expect(build.status == 0, "\(build.standardError)")
        let out = folder.url.appendingPathComponent("out")
        for page in ["guides/first-steps/pause-then-breathe/index.html", "guides/first-steps/say-it/index.html",
                     "posts/small-rituals/index.html", "contact-us/index.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(page).path), "\(page)")
        }
    }

    @Test("without --date, a post is dated today (UTC)")
    func today() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        #expect(try run(["post", "--title", "Today"], in: site).status == 0)
        let format = DateFormatter()
        format.dateFormat = "yyyy-MM-dd"
        format.timeZone = TimeZone(identifier: "UTC")
        let written = try #require(text("content/posts/today.md", in: site))
        let now = format.string(from: Date())
        #expect(written.contains("date: \(now)\n") || written.contains("date: \(format.string(from: Date().addingTimeInterval(-60)))\n"))
    }

    @Test("refused, with a message and exit 1, writing nothing", arguments: [
        (["post", "first-post", "--title", "Again"], "content/posts/first-post.md exists already: nothing was written"),
        (["step", "nowhere", "--title", "X"], "there is no guide content/guides/nowhere/index.md; the guides are:"),
        (["page", "tags", "--title", "Tags"], "the URL /tags/ is used by the site itself"),
        (["post", "--title", "X", "--date", "2024-13-01"], "--date '2024-13-01' is not a day of the calendar: write it as YYYY-MM-DD"),
        (["post", "--title", "   "], "--title is empty"),
        (["post", "Bad Slug", "--title", "X"], "'Bad Slug' cannot be a URL slug: use 'bad-slug'"),
    ])
    func refused(arguments: [String], message: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        let before = Set(FileManager.default.subpaths(atPath: site.path) ?? [])
        let original = text("content/posts/first-post.md", in: site)
        let outcome = try run(arguments, in: site)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
        #expect(Set(FileManager.default.subpaths(atPath: site.path) ?? []) == before)
        #expect(text("content/posts/first-post.md", in: site) == original)
    }

    @Test("a step numbered in its front matter counts, whatever its file name")
    func frontMatterNumbers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        let guide = site.appendingPathComponent("content/guides/listening")
        try Data("---\ntitle: Later\nstep: 3\n---\nLater.\n".utf8).write(to: guide.appendingPathComponent("later.md"))
        let outcome = try run(["step", "listening", "--title", "Then"], in: site)
        #expect(outcome.standardOutput.hasSuffix("content/guides/listening/04-then.md\n"), "\(outcome.standardOutput) \(outcome.standardError)")
    }

    @Test func versionIsPrinted() throws {
        let outcome = try MendProcess.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil, "\(outcome.standardOutput)")
    }
}

/// The command line feels finished: every command's help has an example; completions.
@Suite("mend --help")
struct HelpTests {
    @Test(arguments: [["init"], ["build"], ["serve"], ["check"], ["new"], ["theme"], ["theme", "list"], ["theme", "eject"],
                      ["comments"], ["comments", "list"], ["comments", "approve"], ["comments", "reject"], ["comments", "add"]])
    func everyCommandHasAnExample(command: [String]) throws {
        let outcome = try MendProcess.run(command + ["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Example: mend " + command.joined(separator: " ")), "\(outcome.standardOutput)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScripts(shell: String) throws {
        let outcome = try MendProcess.run(["--generate-completion-script", shell])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("mend") && outcome.standardOutput.contains("check"))
    }
}
