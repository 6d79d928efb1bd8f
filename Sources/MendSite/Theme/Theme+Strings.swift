import MendTemplates

public extension Theme {
    /// The theme with each plain entry of `strings` as the partial `strings/KEY`, which a
    /// template includes where the text goes: `{{>strings/home}}`. A placeholder of the
    /// string is a block, named by the key and the placeholder, whose default is the variable,
    /// so a template can give it markup:
    /// `{{<strings/reply_to}}{{$reply_to.author}}<bdi>{{author}}</bdi>{{/reply_to.author}}{{/strings/reply_to}}`.
    /// - Returns: The theme, and a warning for each key of the site's own no template includes.
    func adding(_ strings: StringTable) -> (Theme, [Diagnostic]) {
        var templates = self.templates
        var diagnostics: [Diagnostic] = []
        for name in templates.keys.sorted() where name.hasPrefix("strings/") {
            diagnostics.append(.warning(at: SourceLocation(path: "templates/\(name).mustache"),
                "the templates under strings/ are the strings table's: write this text under `strings:` in content/site.yml instead"))
        }
        for (key, pattern) in strings.plainEntries {
            do {
                templates["strings/\(key)"] = try Template(source: pattern.mustacheSource(key: key), name: "strings/\(key)")
            } catch let error as TemplateError {
                diagnostics.append(Diagnostic(error))
            } catch {
                diagnostics.append(.error(at: SourceLocation(path: "strings/\(key)"), "\(error)"))
            }
        }
        let included = Set(self.templates.values.flatMap(\.includedNames))
        for key in strings.ownKeys where !included.contains("strings/\(key)") {
            let location = strings.locations[key] ?? SourceLocation(path: ContentPath.siteConfig)
            var message = "no template includes the string '\(key)' ({{>strings/\(key)}})"
            let known = StringTable.builtIn.keys + ["months"]
            if let close = known.min(by: { key.editDistance(to: $0) < key.editDistance(to: $1) }), key.editDistance(to: close) <= 2 {
                message += ": did you mean '\(close)'?"
            } else {
                message += ": it is not one of the theme's (see the README's \"Strings and languages\")"
            }
            diagnostics.append(.warning(at: location, message))
        }
        return (Theme(templates: templates, assets: assets, reservedIDs: reservedIDs), diagnostics)
    }
}
