import MendTemplates

/// The compiled templates and assets of a theme (the site's `templates/` folder).
public struct Theme: Sendable {
    /// By name: the path under `templates/` without `.mustache` (`layout`, `partials/head`).
    public let templates: [String: Template]
    /// `templates/assets/**`, to be written as `assets/**`.
    public let assets: [OutputFile]
    /// Every literal `id="…"` in the templates: Markdown headings must not take these.
    public let reservedIDs: Set<String>

    /// The page templates every theme must have, one per kind of page.
    public static let pageTemplates = ["home", "guide", "step", "post", "page", "tags", "tag", "section", "comments", "404"]
}

public extension Theme {
    /// Compiles every `.mustache` file under `templates/` and collects `templates/assets/`.
    /// - Returns: The theme, or `nil` when a template has errors or is missing; and the diagnostics.
    static func load(_ sources: [SourceFile]) -> (Theme?, [Diagnostic]) {
        var templates: [String: Template] = [:]
        var assets: [OutputFile] = []
        var reserved: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for source in sources where source.path.hasPrefix("templates/") {
            let relative = String(source.path.dropFirst("templates/".count))
            if relative.hasPrefix("assets/") {
                assets.append(OutputFile(path: relative, copying: source))
            } else if relative.hasSuffix(".mustache") {
                do {
                    let template = try Template(source: source.text, name: source.path)
                    templates[String(relative.dropLast(".mustache".count))] = template
                    reserved.formUnion(literalIDs(in: source.text))
                } catch let error as TemplateError {
                    diagnostics.append(Diagnostic(error))
                } catch {
                    diagnostics.append(.error(at: SourceLocation(path: source.path), "\(error)"))
                }
            } else {
                diagnostics.append(.warning(at: SourceLocation(path: source.path),
                    "not part of the theme: templates end in .mustache, files to copy go in templates/assets/"))
            }
        }
        let compiledAll = !diagnostics.contains { $0.severity == .error }
        for name in pageTemplates where templates[name] == nil && compiledAll {
            diagnostics.append(.error(at: SourceLocation(path: "templates/\(name).mustache"),
                "the theme has no '\(name)' template: add templates/\(name).mustache"))
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (Theme(templates: templates, assets: assets.sorted { $0.path < $1.path }, reservedIDs: reserved), diagnostics)
    }
}

private extension Theme {
    /// The values of `id="…"` attributes written literally in a template.
    static func literalIDs(in source: String) -> Set<String> {
        var ids: Set<String> = []
        var rest = Substring(source)
        while let start = rest.firstRange(of: "id=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let value = rest[..<end]
            if !value.contains("{{") && !value.isEmpty { ids.insert(String(value)) }
            rest = rest[end...]
        }
        return ids
    }
}

public extension Diagnostic {
    /// A template error as a diagnostic at the template's file position.
    init(_ error: TemplateError) {
        self.init(.error, at: SourceLocation(path: error.templateName, line: error.line, column: error.column), error.message)
    }
}
