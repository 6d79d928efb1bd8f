import Foundation
import Testing
import MendTemplates

/// Templates whose work or output multiplies must stop with an error, not hang or
/// exhaust memory (found by fuzzing; the inputs are kept in Fuzz/regressions/).
@Suite("Runaway renders stop with an error")
struct RunawayRenderTests {
    static let list: TemplateValue = ["list": [1, 2, 3, 4]]

    static func regression(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/regressions/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func nestedLoopsOverTheSameListRunOutOfSteps() throws {
        let source = try Self.regression("timeout-nested-list-sections.mustache")
        #expect(throws: TemplateError.self) { try Template(source: source, name: "t").render(Self.list) }
        do {
            _ = try Template(source: source, name: "t").render(Self.list)
        } catch let error as TemplateError {
            #expect(error.kind == .renderingTooLong(limit: 2_000_000))
            #expect(error.line == 1 && error.column > 1)
        }
    }

    @Test func nestedLoopsWithTextRunOutOfOutput() throws {
        let source = try Self.regression("oom-nested-list-sections.mustache")
        #expect {
            try Template(source: source, name: "t").render(Self.list)
        } throws: { ($0 as? TemplateError)?.kind == .outputTooLarge(limit: 64 << 20) }
    }

    @Test func partialsThatDoubleAtEveryLevelRunOutOfSteps() throws {
        // p0 includes p1 twice, p1 includes p2 twice, …: 2^40 expansions, only 40 deep.
        var partials: [String: Template] = [:]
        for level in 0..<40 {
            partials["p\(level)"] = try Template(source: "{{>p\(level + 1)}}{{>p\(level + 1)}}", name: "p\(level)")
        }
        #expect {
            try Template(source: "{{>p0}}", name: "page").render([:], partials: partials)
        } throws: { ($0 as? TemplateError)?.kind == .renderingTooLong(limit: 2_000_000) }
    }

    @Test func largeButFiniteLoopsStillRender() throws {
        let items = TemplateValue.list((0..<20_000).map { .number(Double($0)) })
        let html = try Template(source: "{{#items}}<li>{{.}}</li>{{/items}}", name: "t").render(["items": items])
        #expect(html.hasSuffix("<li>19999</li>"))
    }
}
