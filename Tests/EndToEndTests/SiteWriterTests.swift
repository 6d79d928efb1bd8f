import Foundation
import Testing
@testable import MendServe
import MendSite

@Suite("Writing the output folder")
struct SiteWriterTests {
    @Test func aRebuildReplacesTheFolderAndLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = try folder.writer()
        try writer.write([page("index.html", "one"), page("old/index.html", "gone")])
        try writer.write([page("index.html", "two")])
        writer.remover.waitUntilIdle()
        #expect(try Fixtures.files(in: folder.url.appendingPathComponent("public")) == ["index.html": Data("two".utf8)])
        #expect(try folder.names() == ["public", "site"])
    }

    @Test func anUnsafePathWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(["public/index.html": "before"])
        let writer = try folder.writer()
        #expect(throws: SiteWriterError.unsafePath("../escape.html")) {
            try writer.write([page("a.html", ""), page("../escape.html", "")])
        }
        #expect(try folder.names() == ["public", "site"], "a failed write removes its staging folder before it returns")
        #expect(try folder.contents() == ["public/index.html": Data("before".utf8)])
    }

    @Test func theNextBuildRemovesAnInterruptedBuildsLeftoversAndOnlyThose() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write([
            "public/index.html": "old",
            ".public.mend-0123456789abcdef/\(StagingArea.markerName)": StagingArea.markerText,
            ".public.mend-0123456789abcdef/site/index.html": "half-written",
            // Look-alikes that are not Mend's: no marker, a different name, another output's.
            ".public.mend-fedcba9876543210/notes.txt": "mine",
            ".public.mend-notes/\(StagingArea.markerName)": "mine",
            ".public.mend-0123456789ABCDEF/\(StagingArea.markerName)": "mine",
            ".other.mend-0123456789abcdef/\(StagingArea.markerName)": "mine",
        ])
        let writer = try folder.writer()
        try writer.write([page("index.html", "new")])
        writer.remover.waitUntilIdle()
        #expect(try folder.names() == [".other.mend-0123456789abcdef", ".public.mend-0123456789ABCDEF",
                                       ".public.mend-fedcba9876543210", ".public.mend-notes", "public", "site"])
        #expect(try folder.contents()["public/index.html"] == Data("new".utf8))
    }

    @Test func aRunningBuildsStagingFolderIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = try folder.writer()
        let running = try StagingArea(beside: writer.output.path)
        try writer.write([page("index.html", "new")])
        writer.remover.waitUntilIdle()
        #expect(PosixFiles.isDirectory(running.site), "a locked staging folder belongs to a build still running")
        running.release()
        try writer.write([page("index.html", "newer")])
        writer.remover.waitUntilIdle()
        #expect(!PosixFiles.exists(running.path), "once unlocked, it is a leftover")
    }

    @Test func aStopBetweenTwoRenamesPutsTheOldSiteBack() throws {
        // Where the system cannot exchange folders, a build stopped between its two renames
        // leaves no output folder and the old site in its staging folder.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write([
            ".public.mend-00000000000000aa/\(StagingArea.markerName)": StagingArea.markerText,
            ".public.mend-00000000000000aa/old/index.html": "the old site",
            ".public.mend-00000000000000aa/site/index.html": "half of the new one",
        ])
        let writer = try folder.writer()
        #expect(throws: SiteWriterError.self) { try writer.write([page("x/../../escape.html", "")]) }
        writer.remover.waitUntilIdle()
        #expect(try folder.contents() == ["public/index.html": Data("the old site".utf8)])
    }

    @Test func aSetUpFolderAbandonedBeforeItsLockIsRemovedOnceItIsOld() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write([".public.mend-new-00000000000000aa/\(StagingArea.markerName)": "",
                          ".public.mend-new-00000000000000bb/\(StagingArea.markerName)": ""])
        #expect(Shell.run("/usr/bin/touch", ["-d", "2020-01-01", folder.url.path + "/.public.mend-new-00000000000000aa"]) == 0)
        let writer = try folder.writer()
        try writer.write([page("index.html", "new")])
        writer.remover.waitUntilIdle()
        #expect(try folder.names() == [".public.mend-new-00000000000000bb", "public", "site"],
                "an old abandoned set-up folder goes; a fresh one may belong to a build starting now")
    }

    @Test func aFreshSetUpFolderOfAProcessThatIsGoneIsRemovedAtOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        func name(_ pid: Int32, namespace: UInt16 = StagingArea.namespaceTag) -> String {
            ".public.mend-new-" + String(hex16(UInt64(UInt32(pid)) << 32 | UInt64(namespace) << 16 | 0xabcd))
        }
        let gone = name(finished.processIdentifier), alive = name(getppid())
        let elsewhere = name(finished.processIdentifier, namespace: StagingArea.namespaceTag &+ 1)
        try folder.write(["\(gone)/\(StagingArea.markerName)": "", "\(alive)/\(StagingArea.markerName)": "",
                          "\(elsewhere)/\(StagingArea.markerName)": ""])
        let writer = try folder.writer()
        try writer.write([page("index.html", "new")])
        writer.remover.waitUntilIdle()
        #expect(try folder.names() == [alive, elsewhere, "public", "site"].sorted(),
                "a killed build's set-up folder goes; a running one's, and one named in another pid namespace, stay")
    }

    @Test(.enabled(if: getuid() == 0, "bind mounts need root"))
    func removingTheOldSiteNeverEntersAFolderMountedInIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(["public/index.html": "old", "public/media/.keep": "", "photos/a.jpg": "precious"])
        try #require(Shell.run("/bin/mount", ["--bind", folder.url.path + "/photos", folder.url.path + "/public/media"]) == 0)
        let writer = try folder.writer()
        try writer.write([page("index.html", "new")])
        writer.remover.waitUntilIdle()
        // The replaced site (with the mount in it) is now in a staging folder: unmount, then look.
        let staged = try folder.names().filter { $0.hasPrefix(".public.mend-") }
        for name in staged { Shell.run("/bin/umount", [folder.url.path + "/" + name + "/site/media"]) }
        Shell.run("/bin/umount", [folder.url.path + "/public/media"])
        #expect(try folder.contents()["photos/a.jpg"] == Data("precious".utf8))
    }

    @Test(.enabled(if: getuid() == 0, "a small file system needs root to mount"))
    func aFullDiskFailsCleanlyAndTheNextBuildCanStillWrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let small = folder.url.path + "/small"
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
        try #require(Shell.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", small]) == 0)
        defer { Shell.run("/bin/umount", [small]) }
        try FileManager.default.createDirectory(atPath: folder.url.path + "/site/content", withIntermediateDirectories: true)
        let writer = SiteWriter(output: try OutputFolder(small + "/public", sourceRoot: ResolvedPath(folder.url.path + "/site")))
        let big = [page("index.html", String(repeating: "x", count: 200_000))]
        #expect(throws: FileFailure.self) { try writer.write(big) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: small).isEmpty, "no staging folder is left to fill the disk")
        try writer.write([page("index.html", "fits")])
        writer.remover.waitUntilIdle()
        #expect(try FileManager.default.contentsOfDirectory(atPath: small) == ["public"])
    }

    @Test func aLinkedOutputFolderIsReplacedWhereTheLinkPoints() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(["www/index.html": "old"])
        try FileManager.default.createSymbolicLink(atPath: folder.url.path + "/public", withDestinationPath: "www")
        let writer = try folder.writer()
        try writer.write([page("index.html", "new")])
        writer.remover.waitUntilIdle()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.url.path + "/public") == "www")
        #expect(try folder.contents()["www/index.html"] == Data("new".utf8))
    }

    @Test func manyBuildsInOneProcessStartNoChildProcesses() throws {
        // `mend serve` builds hundreds of times in one process: a detached `rm` per build
        // leaves a zombie child behind each time.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = try folder.writer()
        for round in 0..<25 {
            try writer.write((0..<20).map { page("p\($0)/index.html", "round \(round)") })
        }
        writer.remover.waitUntilIdle()
        #expect(ChildProcesses.named(["rm", "sh"]).isEmpty)
        #expect(try folder.names() == ["public", "site"])
    }

    @Test func theRemoverDeletesDeepTreesWithoutFollowingLinks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(["keep/precious.txt": "keep", "doomed/a/b/c/d.txt": "x", "doomed/e.txt": "y"])
        try FileManager.default.createSymbolicLink(atPath: folder.url.path + "/doomed/link", withDestinationPath: "../keep")
        try TreeRemover(threads: 4).remove(folder.url.path + "/doomed")
        #expect(try folder.contents() == ["keep/precious.txt": Data("keep".utf8)])
    }

    /// A file larger than its size said when opened (as `/proc` files, which say 0) is read on to its end.
    @Test func aFileLongerThanItsStatedSizeIsReadToTheEnd() throws {
        let bytes = try PosixFiles.read("/proc/self/status", shownAs: "status")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("Name:") && text.contains("\nPid:") && text.hasSuffix("\n"))
    }
}

private func page(_ path: String, _ text: String) -> OutputFile {
    OutputFile(path: path, bytes: Array(text.utf8))
}

private extension TemporaryFolder {
    /// A writer for `<folder>/public` of a site at `<folder>/site`.
    func writer() throws -> SiteWriter {
        try FileManager.default.createDirectory(at: url.appendingPathComponent("site/content"), withIntermediateDirectories: true)
        let root = ResolvedPath(url.path + "/site")
        return SiteWriter(output: try OutputFolder(url.path + "/public", sourceRoot: root))
    }

    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}

@Suite("Copying files as they are")
struct FileCopyTests {
    /// A file the kernel will not copy on its own (procfs: size 0, yet text to read; a kernel
    /// copy that answers 0 at once, as overlayfs does on some kernels) still arrives whole,
    /// through the buffer; a real file arrives byte for byte, an empty one empty.
    @Test func aFileTheKernelCannotCopyIsCopiedThroughTheBuffer() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = folder.url.appendingPathComponent("status").path
        try PosixFiles.copy("/proc/self/status", shownAs: "/proc/self/status", to: copy)
        #expect(try String(contentsOfFile: copy, encoding: .utf8).contains("Name:"), "procfs text arrives")
        let bytes = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let source = folder.url.appendingPathComponent("source.bin").path
        try bytes.write(to: URL(fileURLWithPath: source))
        try PosixFiles.copy(source, shownAs: source, to: copy)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == bytes)
        try PosixFiles.copy(source, shownAs: source, to: copy, kernelCopy: { _, _, _ in 0 })
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == bytes, "a kernel copy that says 0 at once")
        try Data().write(to: URL(fileURLWithPath: source))
        try PosixFiles.copy(source, shownAs: source, to: copy)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)).isEmpty)
    }
}
