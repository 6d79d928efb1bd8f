/// What the parse stage computed, kept between builds: each content file's and comment's
/// result, keyed by the file's path and checked against everything that shaped it (its
/// bytes, the Markdown options, the theme's reserved ids, its guide's step count). A file
/// whose inputs are all equal is not parsed again; its result is the same by construction,
/// since parsing is a pure function of those inputs.
public struct ParseMemory: Sendable {
    /// Everything a content file's parse result depends on.
    struct ContentKey: Sendable, Equatable {
        let bytes: [UInt8]
        let options: SiteConfig.MarkdownSettings
        let rootPath: String
        let reservedIDs: Set<String>
        let stepCount: Int
    }

    struct ContentEntry: Sendable {
        let key: ContentKey
        let file: ContentFile?
        let diagnostics: [Diagnostic]
    }

    struct CommentEntry: Sendable {
        let bytes: [UInt8]
        let comment: Comment?
        let diagnostics: [Diagnostic]
    }

    var content: [String: ContentEntry] = [:]
    var comments: [String: CommentEntry] = [:]
    /// Each path's place under content/ (``ContentPath``), worked out once.
    var places: [String: ContentPath] = [:]
    /// The theme compiled from exactly these template files.
    var theme: (sources: [SourceFile], theme: Theme?, diagnostics: [Diagnostic])?
    /// The number the next parse result gets (``ContentFile/revision``).
    var nextRevision = 1
    /// Counts the theme's compiles: a new number whenever the templates changed.
    var themeRevision = 0
    /// How many files the last parse stage parsed, and how many it reused.
    public internal(set) var parsedCount = 0
    public internal(set) var reusedCount = 0

    public init() {}
}
