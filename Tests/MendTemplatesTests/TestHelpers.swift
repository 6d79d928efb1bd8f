import Testing
import MendTemplates

/// Compiles `source` and renders it; partial sources are compiled under their names.
func render(
    _ source: String, _ value: TemplateValue = [:], partials: [String: String] = [:], strict: Bool = false
) throws -> String {
    let template = try Template(source: source, name: "page")
    var compiled: [String: Template] = [:]
    for (name, partialSource) in partials { compiled[name] = try Template(source: partialSource, name: name) }
    return try template.render(value, partials: compiled, strict: strict)
}

/// Expects compiling (or rendering) to throw a ``TemplateError`` at exactly this place.
func expectError(
    _ source: String, _ value: TemplateValue = [:], partials: [String: String] = [:], strict: Bool = false,
    line: Int, column: Int, kind: TemplateError.Kind, in templateName: String = "page",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    do {
        let output = try render(source, value, partials: partials, strict: strict)
        Issue.record("expected \(kind), rendered \(output.debugDescription)", sourceLocation: sourceLocation)
    } catch let error as TemplateError {
        #expect(error.kind == kind, sourceLocation: sourceLocation)
        #expect(error.templateName == templateName, sourceLocation: sourceLocation)
        #expect(error.line == line, "line", sourceLocation: sourceLocation)
        #expect(error.column == column, "column", sourceLocation: sourceLocation)
        #expect(error.description.hasPrefix("\(templateName):\(line):\(column): "), sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected a TemplateError, got \(error)", sourceLocation: sourceLocation)
    }
}
