import MendTemplates

/// The site's settings, from `content/site.yml`.
public struct SiteConfig: Sendable, Equatable {
    public var title: String
    public var description: String
    /// Absolute, ending with `/`: `https://example.org/` or `https://example.org/blog/`.
    public var baseURL: String {
        didSet { rootPath = Self.rootPath(of: baseURL) }
    }
    /// BCP 47 language tag for `<html lang>`: `en`, `en-GB`, `de`.
    public var language: String
    public var author: String
    public var markdown: MarkdownSettings
    /// How many "Similar posts" each page shows; 0 turns the block off.
    public var similarPosts: Int
    /// How many entries each page of a list (home, guides, posts, a tag) shows, 1…1000.
    public var paginate: Int
    /// Markdown shown on every guide and step page: a gentle pointer to professional support.
    public var support: String?
    /// Comments sections: the form's endpoint, reply depth, closing.
    public var comments: CommentSettings
    /// The site's own values for templates (`site.params.x`): a theme's settings, say.
    public var params: TemplateValue = [:]
    /// Every text a reader sees that is not content: built-in English, and `strings:`.
    public var strings: StringTable

    public struct MarkdownSettings: Sendable, Equatable {
        /// Let raw HTML through (off: it is omitted).
        public var unsafe = false
        /// Curly quotes and dashes.
        public var smart = true

        public init(unsafe: Bool = false, smart: Bool = true) {
            self.unsafe = unsafe
            self.smart = smart
        }
    }

    public init(title: String, description: String = "", baseURL: String, language: String = "en",
                author: String = "", markdown: MarkdownSettings = .init(), similarPosts: Int = 3,
                paginate: Int = 10, support: String? = nil, comments: CommentSettings = CommentSettings()) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        rootPath = Self.rootPath(of: baseURL)
        self.language = language
        strings = StringTable(language: language)
        self.author = author
        self.markdown = markdown
        self.similarPosts = similarPosts
        self.paginate = paginate
        self.support = support
        self.comments = comments
    }

    /// The path part of the base URL, `/` or `/blog/`: what every site URL starts with.
    public private(set) var rootPath: String

    private static func rootPath(of baseURL: String) -> String {
        guard let schemeEnd = baseURL.firstRange(of: "://") else { return "/" }
        let rest = baseURL[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }

    /// The absolute URL of a root-relative path that already starts with ``rootPath``.
    public func absolute(_ path: String) -> String {
        let origin = String(baseURL.dropLast(rootPath.count))
        return origin + path
    }
}
