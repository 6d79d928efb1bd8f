import MendTemplates
import Mustache

/// One engine with the page compiled and its data prepared: `render` does only the render.
struct Engine {
    let name: String
    /// Renders the page once and returns the HTML.
    let render: () -> String
}

extension Engine {
    /// Mend: `Template` per source, the parent and partials passed by name.
    static func mend() throws -> Engine {
        var templates: [String: Template] = [:]
        for (name, source) in PageTemplates.all {
            templates[name] = try Template(source: source, name: name)
        }
        let entry = templates[PageTemplates.entry]!
        let value = PageData.value
        return Engine(name: "Mend") {
            try! entry.render(value, partials: templates)
        }
    }

    /// swift-mustache 2.1.1: a `MustacheLibrary` holding every template, data as `[String: Any]`.
    static func swiftMustache() throws -> Engine {
        var library = MustacheLibrary()
        for (name, source) in PageTemplates.all {
            try library.register(source, named: name)
        }
        let object = PageData.foundationTree(PageData.value)
        return Engine(name: "swift-mustache") {
            library.render(object, withTemplate: PageTemplates.entry)!
        }
    }
}
