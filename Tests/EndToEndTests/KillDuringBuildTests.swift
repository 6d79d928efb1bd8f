import Foundation
import Testing

/// `kill -9` at any instant of a build leaves the output folder the complete old site or
/// the complete new one, and the next build clears what the killed one left.
@Suite("Killing a build")
struct KillDuringBuildTests {
    @Test func theOutputIsAlwaysOneWholeSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = folder.url.appendingPathComponent("site")
        let output = site.appendingPathComponent("public")
        try writeSite(in: folder, version: "A")
        try #require(try MendProcess.run(["build", "--quiet"], in: site).status == 0)
        let versionA = try Fixtures.files(in: output)
        // The kills are spread over a build's time: the shortest of two builds (other tests
        // run meanwhile, so one build's time alone is noisy).
        var duration = TimeInterval.infinity
        for version in ["B", "A", "B"] {
            try writeSite(in: folder, version: version)
            let started = Date()
            try #require(try MendProcess.run(["build", "--quiet"], in: site).status == 0)
            if version == "B" { duration = min(duration, Date().timeIntervalSince(started)) }
        }
        let versionB = try Fixtures.files(in: output)
        try #require(versionA != versionB && versionA.count == versionB.count && versionA.count > 150)

        let rounds = 12
        var killedMidway = 0
        for round in 0..<rounds {
            try writeSite(in: folder, version: round % 2 == 0 ? "A" : "B")
            let status = try buildAndKill(in: site, after: duration * (Double(round) + 0.5) / Double(rounds))
            if status == nil { killedMidway += 1 }
            let now = try Fixtures.files(in: output)
            #expect(now == versionA || now == versionB, "round \(round): the output is a mix or is missing (\(now.count) files)")
        }
        #expect(killedMidway > rounds / 2, "most builds were killed before they finished (\(killedMidway) of \(rounds))")
        try writeSite(in: folder, version: "A")
        #expect(try MendProcess.run(["build", "--quiet"], in: site).status == 0)
        #expect(try Fixtures.files(in: output) == versionA)
        let remaining = try folder.names(in: "site")
        #expect(remaining == ["content", "public"], "the killed builds' staging folders are gone: \(remaining)")
    }

    /// A site of 150 posts and a guide whose titles and texts carry `version`.
    private func writeSite(in folder: TemporaryFolder, version: String) throws {
        var files = ["site/content/site.yml": "title: Kill test \(version)\nbase_url: https://example.org/\nlanguage: en\n"]
        for number in 1...150 {
            files["site/content/posts/post-\(number).md"] = """
                ---
                title: "Post \(number), version \(version)"
                date: 2024-01-\(String(format: "%02d", number % 28 + 1))
                tags: [t\(number % 7), all]
                ---
                Version \(version) of post \(number). Listening, trust and repair take time.

                """
        }
        try folder.write(files)
    }

    /// Starts `mend build` in `site` and kills it with SIGKILL after `delay` seconds.
    /// - Returns: The exit status when it finished before the kill, `nil` when it was killed.
    private func buildAndKill(in site: URL, after delay: TimeInterval) throws -> Int32? {
        let process = Process()
        process.executableURL = MendProcess.executable
        process.arguments = ["build", "--quiet"]
        process.currentDirectoryURL = site
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return wasRunning && process.terminationReason == .uncaughtSignal ? nil : process.terminationStatus
    }
}

/// The swap itself, seen from the system calls: one exchange, no moment without an output folder.
@Suite("The swap is one step")
struct OneStepSwapTests {
    @Test func replacingTheOutputIsOneRenameat2Exchange() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try folder.copySite("valid-blog")
        #expect(try MendProcess.run(["build", "--quiet"], in: site).status == 0)
        let trace = folder.url.path + "/trace.txt"
        let strace = Process()
        strace.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        strace.arguments = ["-f", "-qq", "-e", "trace=rename,renameat,renameat2", "-o", trace,
                            MendProcess.executable.path, "build", "--quiet"]
        strace.currentDirectoryURL = site
        try strace.run()
        strace.waitUntilExit()
        #expect(strace.terminationStatus == 0)
        let calls = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n")
        let renames = calls.filter { $0.contains("rename") && !$0.contains("resumed") }
        // The staging folder takes its name once set up; the output is touched by one call only.
        let touchingOutput = renames.filter { $0.contains("\"public\"") || $0.contains("/public\"") }
        #expect(touchingOutput.count == 1, "\(renames)")
        #expect(touchingOutput.first?.contains("RENAME_EXCHANGE") == true, "\(renames)")
        #expect(renames.count == 2, "\(renames)")
    }
}

/// Builds killed at chosen instants (strace holds a system call while the test kills mend),
/// and, where the file system cannot exchange two folders (strace makes renameat2 fail with
/// EINVAL, as such file systems do), the swap as two renames: it still works, and a build
/// killed between them is repaired by the next one.
@Suite("Killed at a chosen instant")
struct TwoRenameSwapTests {
    @Test func theFallbackReplacesTheOutput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (site, reference) = try Self.siteWithTwoVersions(in: folder)
        let status = try Self.traced(["-e", "inject=renameat2:error=EINVAL"], in: site, killAfter: nil)
        #expect(status == 0)
        #expect(try Fixtures.files(in: site.appendingPathComponent("public")) == reference)
        #expect(try folder.names(in: "site") == ["content", "public"])
    }

    @Test func aKillWhileTheSiteIsWrittenLeavesTheOldSiteAndTheNextBuildClearsUp() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (site, reference) = try Self.siteWithTwoVersions(in: folder)
        let old = try Fixtures.files(in: site.appendingPathComponent("public"))
        // The 6th mkdir is a folder of the new site inside the staging folder: stop there.
        _ = try Self.traced(["-e", "inject=mkdir:delay_enter=4000000:when=6"], in: site, killAfter: 2.0)
        #expect(try Fixtures.files(in: site.appendingPathComponent("public")) == old)
        #expect(try folder.names(in: "site").contains { $0.hasPrefix(".public.mend-") }, "killed with a staging folder")
        #expect(try MendProcess.run(["build", "--quiet"], in: site).status == 0)
        #expect(try Fixtures.files(in: site.appendingPathComponent("public")) == reference)
        #expect(try folder.names(in: "site") == ["content", "public"])
    }

    @Test func aKillBetweenTheTwoRenamesIsRepairedByTheNextBuild() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (site, reference) = try Self.siteWithTwoVersions(in: folder)
        let old = try Fixtures.files(in: site.appendingPathComponent("public"))
        _ = try Self.traced(["-e", "inject=renameat2:error=EINVAL", "-e", "inject=renameat:delay_enter=4000000:when=2"],
                            in: site, killAfter: 2.0)
        #expect(!FileManager.default.fileExists(atPath: site.path + "/public"), "killed with the output moved away")
        let staging = try #require(try folder.names(in: "site").first { $0.hasPrefix(".public.mend-") })
        #expect(try Fixtures.files(in: site.appendingPathComponent(staging + "/old")) == old, "the old site is whole")
        #expect(try MendProcess.run(["build", "--quiet"], in: site).status == 0)
        #expect(try Fixtures.files(in: site.appendingPathComponent("public")) == reference)
        #expect(try folder.names(in: "site") == ["content", "public"])
    }

    /// The valid-blog site built once (old), then edited; returns it and the files the edit builds.
    private static func siteWithTwoVersions(in folder: TemporaryFolder) throws -> (URL, [String: Data]) {
        let site = try folder.copySite("valid-blog")
        try #require(try MendProcess.run(["build", "--quiet"], in: site).status == 0)
        let post = site.path + "/content/posts/first-post.md"
        let text = try String(contentsOfFile: post, encoding: .utf8).replacingOccurrences(of: "On Quiet", with: "On Stillness")
        try text.write(toFile: post, atomically: true, encoding: .utf8)
        let reference = folder.url.appendingPathComponent("reference")
        try #require(try MendProcess.run(["build", "--quiet", "--output", reference.path], in: site).status == 0)
        return (site, try Fixtures.files(in: reference))
    }

    /// Runs `mend build` under strace with `options`; with `killAfter`, kills mend itself
    /// (strace's child) with SIGKILL after that many seconds.
    private static func traced(_ options: [String], in site: URL, killAfter: TimeInterval?) throws -> Int32 {
        let strace = Process()
        strace.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        strace.arguments = ["-f", "-qq", "-o", "/dev/null"] + options + [MendProcess.executable.path, "build", "--quiet"]
        strace.currentDirectoryURL = site
        strace.standardError = FileHandle.nullDevice
        try strace.run()
        if let killAfter {
            Thread.sleep(forTimeInterval: killAfter)
            for child in ChildProcesses.of(strace.processIdentifier, named: ["mend"]) { kill(child, SIGKILL) }
        }
        strace.waitUntilExit()
        return strace.terminationStatus
    }
}
