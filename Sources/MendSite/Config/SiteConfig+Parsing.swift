import Yams

public extension SiteConfig {
    /// The keys `content/site.yml` understands.
    static let knownKeys = ["title", "description", "base_url", "language", "author", "markdown",
                            "similar_posts", "paginate", "support", "comments", "params", "strings"]

    /// Reads `content/site.yml`.
    /// - Parameters:
    ///   - text: The file's text.
    ///   - path: Its path, for diagnostics.
    ///   - baseURLOverride: `--base-url`, which replaces the file's `base_url`.
    ///   - preview: The local addresses `mend serve` publishes at instead (``PreviewAddress``).
    /// - Returns: The config, or `nil` when it has errors; and every diagnostic.
    static func parse(_ text: String, path: String, baseURLOverride: String? = nil,
                      preview: PreviewAddress? = nil) -> (SiteConfig?, [Diagnostic]) {
        let document = YAMLDocument(text: text, path: path)
        var reader = YAMLFieldReader(document)
        var config = SiteConfig(title: "", baseURL: "")
        var baseURLNode: Node?
        var languageNode: Node?
        var stringsNode: Node?
        for (key, location, value) in document.entries {
            switch key {
            case "title": config.title = reader.string(value, key: key)?.trimmed ?? ""
            case "description": config.description = reader.string(value, key: key)?.trimmed ?? ""
            case "base_url": config.baseURL = reader.string(value, key: key)?.trimmed ?? ""; baseURLNode = value
            case "language":
                config.language = reader.string(value, key: key)?.trimmed ?? "en"
                languageNode = value
                if let problem = LanguageTag.problem(with: config.language) { reader.error(problem, at: value) }
            case "author": config.author = authorName(value, reader: &reader) ?? ""
            case "markdown": config.markdown = markdownSettings(value, reader: &reader)
            case "params": config.params = reader.params(value, key: key)
            case "similar_posts": config.similarPosts = reader.int(value, key: key, range: 0...50) ?? 3
            case "paginate": config.paginate = reader.int(value, key: key, range: 1...1000) ?? 10
            case "support": config.support = reader.string(value, key: key)?.trimmed
            case "comments": config.comments = commentSettings(value, reader: &reader)
            case "strings": stringsNode = value
            default: reader.warnUnknown(key, at: location, known: knownKeys, in: "site.yml")
            }
        }
        config.strings = StringTable.parse(stringsNode, language: config.language, reader: &reader)
        if let languageNode, !reader.diagnostics.contains(where: { $0.severity == .error }), !config.strings.translatesAnything, !config.language.lowercased().hasPrefix("en") {
            reader.warning("the site's language is '\(config.language)' but its pages show the built-in English texts: translate them under `strings:` (see the README's \"Strings and languages\")", at: languageNode)
        }
        var diagnostics = document.diagnostics + reader.diagnostics
        if document.diagnostics.isEmpty {
            diagnostics += validate(&config, path: path, baseURLOverride: baseURLOverride,
                                    baseURLLocation: baseURLNode.map(document.location(of:)))
        }
        let failed = diagnostics.contains { $0.severity == .error }
        if !failed, let preview { preview.apply(to: &config) }
        return (failed ? nil : config, diagnostics)
    }
}

private extension SiteConfig {
    static func authorName(_ node: Node, reader: inout YAMLFieldReader) -> String? {
        if case .mapping = node {
            let fields = reader.mapping(node, key: "author") ?? []
            return fields.first { $0.key == "name" }.flatMap { reader.string($0.value, key: "author.name") }
        }
        return reader.string(node, key: "author")
    }

    static func commentSettings(_ node: Node, reader: inout YAMLFieldReader) -> CommentSettings {
        var settings = CommentSettings()
        for (key, location, value) in reader.mapping(node, key: "comments") ?? [] {
            switch key {
            case "enabled": settings.enabled = reader.bool(value, key: "comments.enabled") ?? true
            case "max_depth": settings.maxDepth = reader.int(value, key: "comments.max_depth", range: 1...10) ?? 5
            case "per_page": settings.perPage = reader.int(value, key: "comments.per_page", range: 1...1000) ?? 50
            case "close_after_days": settings.closeAfterDays = reader.int(value, key: "comments.close_after_days", range: 1...100_000)
            case "endpoint":
                let endpoint = reader.string(value, key: "comments.endpoint")?.trimmed.nonEmpty
                if let endpoint, normalizedBaseURL(endpoint) == nil {
                    reader.error("'comments.endpoint' must be an absolute http(s) address, such as https://staticman.example/v3/entry/…", at: value)
                }
                settings.endpoint = endpoint
            default: reader.warnUnknown(key, at: location, known: CommentSettings.knownKeys, in: "comments")
            }
        }
        return settings
    }

    static func markdownSettings(_ node: Node, reader: inout YAMLFieldReader) -> MarkdownSettings {
        var settings = MarkdownSettings()
        for (key, location, value) in reader.mapping(node, key: "markdown") ?? [] {
            switch key {
            case "unsafe": settings.unsafe = reader.bool(value, key: "markdown.unsafe") ?? false
            case "smart": settings.smart = reader.bool(value, key: "markdown.smart") ?? true
            default: reader.warnUnknown(key, at: location, known: ["unsafe", "smart"], in: "markdown")
            }
        }
        return settings
    }

    static func validate(_ config: inout SiteConfig, path: String, baseURLOverride: String?,
                         baseURLLocation: SourceLocation?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let fileStart = SourceLocation(path: path, line: 1, column: 1)
        if config.title.isEmpty {
            diagnostics.append(.error(at: fileStart, "the site needs a title: add `title: My site`"))
        }
        if let override = baseURLOverride { config.baseURL = override }
        if let normalized = normalizedBaseURL(config.baseURL) {
            config.baseURL = normalized
        } else if config.baseURL.isEmpty {
            diagnostics.append(.error(at: fileStart,
                "the site needs a base_url, the address it is published at: add `base_url: https://example.org/`"))
        } else {
            let origin = baseURLOverride == nil ? (baseURLLocation ?? fileStart) : SourceLocation(path: "--base-url")
            diagnostics.append(.error(at: origin,
                "base_url '\(config.baseURL)' is not an absolute http(s) address such as https://example.org/ or https://example.org/blog/"))
        }
        return diagnostics
    }

    /// `https://host[:port][/path]`, without query or fragment; returned with a trailing `/`.
    static func normalizedBaseURL(_ text: String) -> String? {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        let afterScheme = text[text.firstRange(of: "://")!.upperBound...]
        let host = afterScheme.prefix { $0 != "/" }
        guard !host.isEmpty, !text.contains(where: { $0 == "?" || $0 == "#" || $0 == " " || $0 == "\"" || $0 == "<" })
        else { return nil }
        return text.hasSuffix("/") ? text : text + "/"
    }
}
