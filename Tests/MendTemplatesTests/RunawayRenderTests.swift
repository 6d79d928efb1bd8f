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
            guard case .renderingTooLong(let limit, _) = error.kind else { Issue.record("\(error)"); return }
            #expect(limit == 2_000_000)
            #expect(error.line == 1 && error.column > 1)
        }
    }

    @Test func nestedLoopsWithTextRunOutOfOutput() throws {
        let source = try Self.regression("oom-nested-list-sections.mustache")
        #expect {
            try Template(source: source, name: "t").render(Self.list)
        } throws: { error in
            guard case .outputTooLarge(let limit, _)? = (error as? TemplateError)?.kind else { return false }
            return limit == 64 << 20
        }
    }

    @Test func theMessageNamesTheListThatGrew() throws {
        // 3,000 rows of 700 cells: no loop over the same list, just too much for one page.
        let rows = TemplateValue.list((0..<3_000).map { _ in ["cells": .list(Array(repeating: 1, count: 700))] })
        let source = "<ol>\n{{#page.rows}}<li>{{#cells}}.{{/cells}}</li>{{/page.rows}}\n</ol>"
        do {
            _ = try Template(source: source, name: "templates/t.mustache").render(["page": ["rows": rows]])
            Issue.record("rendered without an error")
        } catch let error as TemplateError {
            guard case .renderingTooLong(_, let longest) = error.kind else { Issue.record("\(error)"); return }
            #expect(longest == ListSize(name: "page.rows", count: 3_000, templateName: "templates/t.mustache", line: 2, column: 1))
            #expect(error.message.contains("the longest list is 'page.rows', 3000 items (templates/t.mustache:2:1)"))
            #expect(error.message.contains("comments.per_page"))
        }
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
