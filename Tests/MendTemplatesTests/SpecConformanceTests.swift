import Testing
import MendTemplates

@Suite("Mustache spec conformance")
struct SpecConformanceTests {
    @Test(
        "every non-lambda spec test passes",
        .enabled(if: MustacheSpec.folder != nil, "../shared/mustache-spec not found beside the package: spec tests skipped"))
    func allSpecTests() throws {
        let cases = try MustacheSpec.load(from: try #require(MustacheSpec.folder))
        var failures: [String] = []
        for (file, test) in cases {
            let output = MustacheSpec.run(test)
            if output != test.expected {
                failures.append("\(file) – \(test.name): expected \(test.expected.debugDescription), got \(output.debugDescription)")
            }
        }
        print("Mustache spec: \(cases.count - failures.count) of \(cases.count) tests passed (lambdas excluded)")
        for failure in failures { Issue.record(Comment(rawValue: failure)) }
        #expect(cases.count == 184, "the spec folder should hold 184 non-lambda tests")
    }
}
