import Foundation
import Testing
import MendSite

@Suite("Invalid sites")
struct InvalidSiteTests {
    @Test func everyContentErrorIsReportedWithItsPosition() throws {
        let result = try Fixtures.build(Fixtures.site("invalid-content"))
        #expect(!result.succeeded)
        #expect(result.files.isEmpty)
        #expect(result.diagnostics.map(\.description) == [
            "content/guides/g/03-three.md:3:7: error: step 3 follows step 1: number the steps 1 to 2 without gaps (step 2 is missing)",
            "content/posts/typo.md:3:1: warning: unknown front-matter key 'dat' is ignored: did you mean 'date'?",
            "content/posts/typo.md:4:8: error: 'draft' should be true or false, found the text 'maybe'",
            "content/posts/untitled.md:1:1: error: the page needs a title: add `title: …` to its front matter",
            "content/site.yml:3:16: error: 'similar_posts' should be a whole number, found the text 'many'",
        ])
    }

    @Test func aTemplateTypoNamesThePageAndTheTemplatePosition() throws {
        let result = try Fixtures.build(Fixtures.site("invalid-template"))
        #expect(result.diagnostics.map(\.description) == [
            "while rendering content/posts/hello.md: templates/post.mustache:4:7: error: 'page.titel' is not defined here: check the spelling, or give it a value (null for none)",
        ])
    }

    @Test func aFailedBuildExitsNonZeroAndLeavesThePreviousOutputUntouched() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("public")
        #expect(try MendProcess.run(["build", "--source", Fixtures.site("valid-blog").path, "--output", output.path]).status == 0)
        let before = try Fixtures.files(in: output)
        let outcome = try MendProcess.run(["build", "--source", Fixtures.site("invalid-content").path, "--output", output.path])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("content/posts/typo.md:4:8: error: 'draft' should be true or false"))
        #expect(outcome.standardError.contains("content/guides/g/03-three.md:3:7: error: step 3 follows step 1"))
        #expect(outcome.standardError.contains("Build failed with 4 errors"))
        #expect(try Fixtures.files(in: output) == before)
        #expect(!before.isEmpty)
    }

    @Test func refusesToReplaceAFolderThatIsNotASite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(["notes/todo.txt": "keep me"])
        let outcome = try MendProcess.run(["build", "--source", Fixtures.site("valid-blog").path,
                                           "--output", folder.url.appendingPathComponent("notes").path])
        #expect(outcome.status != 0)
        #expect(try folder.contents() == ["notes/todo.txt": Data("keep me".utf8)])
    }
}
