/// A compiled Mustache template: parse once, render many times, from any thread.
///
/// ```swift
/// let page = try Template(source: "<h1>{{title}}</h1>{{>footer}}", name: "page")
/// let footer = try Template(source: "<footer>{{site}}</footer>", name: "footer")
/// let html = try page.render(["title": "Rebuilding Trust", "site": "Mend"], partials: ["footer": footer])
/// ```
///
/// The whole of Mustache as the spec defines it, except lambdas: variables, sections,
/// inverted sections, comments, partials, set delimiters, template inheritance (parents
/// and blocks) and dynamic names.
public struct Template: Sendable {
    /// The name given at compile time; errors name it.
    public let name: String
    let nodes: [Node]

    /// Compiles a template.
    /// - Parameters:
    ///   - source: The Mustache source.
    ///   - name: How errors name this template (for a file, its path).
    /// - Throws: ``TemplateError`` for an unclosed tag or section, a mismatched closing tag,
    ///   a bad delimiter change, an invalid name, sections nested more than 100 deep or a
    ///   block given twice in one parent, with its line and column. The compile stops at the
    ///   first bad tag it reads; an unclosed section or a duplicate block is reported once the
    ///   whole source is read. Compiling takes time linear in the source's length.
    public init(source: String, name: String) throws {
        let bytes = Array(source.utf8)
        var lexer = Lexer(bytes: bytes, templateName: name)
        var builder = TreeBuilder(bytes: bytes, templateName: name, capacity: Lexer.expectedCount(in: bytes))
        while let lexeme = try lexer.next() {
            try builder.append(lexeme)
        }
        self.name = name
        self.nodes = try builder.build()
    }
}

public extension Template {
    /// Renders the template.
    /// - Parameters:
    ///   - value: The data: the bottom of the context stack.
    ///   - partials: The templates `{{>name}}` and `{{<name}}` refer to, by name.
    ///   - strict: When `true`, a name that resolves to nothing, a missing partial, or a list
    ///     or dictionary interpolated as text throws instead of rendering as empty text.
    /// - Returns: The rendered text.
    /// - Throws: ``TemplateError`` in strict mode; and in any mode when a render runs away:
    ///   partials nested more than 200 deep, more than 2 million list items and inclusions
    ///   expanded, or more than 64 MiB of output.
    func render(_ value: TemplateValue, partials: [String: Template] = [:], strict: Bool = false) throws -> String {
        String(decoding: try renderBytes(value, partials: partials, strict: strict), as: UTF8.self)
    }

    /// Renders the template to UTF-8 bytes, as ``render(_:partials:strict:)`` does.
    func renderBytes(_ value: TemplateValue, partials: [String: Template] = [:], strict: Bool = false) throws -> [UInt8] {
        var renderer = Renderer(root: value, templateName: name, partials: partials, strict: strict)
        renderer.output.reserveCapacity(4096)
        try renderer.render(nodes)
        return renderer.output
    }
}
