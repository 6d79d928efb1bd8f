import MendMarkdown

/// Where a file under `content/` belongs, decided from its path alone. The rule for what
/// is published:
/// - Markdown, in any spelling (`.md`, `.MD`, `.markdown`, `.mdown`, `.mkd`, `.mkdn`,
///   `.mdwn`), is content: built into pages, never copied as it is.
/// - `content/site.yml` is the configuration; YAML under `content/comments/` are comments.
/// - Other data files (YAML, JSON, TOML, CSV, …) are never published, whatever the letter
///   case of their folder.
/// - Files of the types ``publishedExtensions`` lists (images, audio, video, captions,
///   fonts, PDF, EPUB) are copied beside the pages, to the same place under the output folder.
/// - Anything else is not published, with a warning that says how to publish it on purpose.
/// Hidden, backup and temporary files never get this far (``SourceFilter``).
enum ContentPath: Equatable {
    case config
    case content(ContentKind, guideFolder: String?, fileSlug: String, prefixNumber: Int?)
    /// `content/comments/…`: read by the comments model.
    case comment
    /// A file to copy to the same place under the output folder (images beside a post).
    case asset(outputPath: String)
    /// A file that is not published; carries the warning that says why.
    case unpublished(String)

    static let siteConfig = "content/site.yml"

    /// Endings that mark a Markdown file, compared without regard to letter case.
    static let markdownExtensions = Markdown.fileExtensions
    /// Data files: read by Mend where it knows them, never published.
    static let dataExtensions: Set<String> = ["yml", "yaml", "json", "toml", "csv", "tsv", "ini", "cfg", "conf",
                                              "env", "xml", "lock", "sqlite", "db", "log"]
    /// Types copied from `content/` as they are.
    static let publishedExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "ico", "bmp", "tif", "tiff",
        "mp3", "m4a", "ogg", "oga", "opus", "wav", "flac", "mp4", "m4v", "webm", "ogv", "mov", "vtt",
        "woff", "woff2", "ttf", "otf", "pdf", "epub",
    ]

    init(_ path: String) {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 2, parts[0] == "content" else { self = .unpublished("not under content/"); return }
        let inside = Array(parts.dropFirst())
        if path == Self.siteConfig { self = .config; return }
        let (stem, ending) = Self.splitExtension(inside.last!)
        if inside[0].lowercased() == "comments" {
            self = inside[0] == "comments" ? .comment
                : .unpublished("comments go in content/comments/ (lower case): rename the folder '\(inside[0])'")
            return
        }
        if Self.markdownExtensions.contains(ending) {
            self = Self.place(inside, stem: stem)
        } else if Self.dataExtensions.contains(ending) {
            self = .unpublished("not published: data files under content/ are never published (only content/site.yml and content/comments/ are read)")
        } else if Self.publishedExtensions.contains(ending) {
            self = .asset(outputPath: inside.joined(separator: "/"))
        } else {
            let type = ending.isEmpty ? "a file without an extension" : "a .\(ending) file"
            self = .unpublished("not published: Mend does not publish \(type) from content/; to publish it as it is, put it in static/ (copied to the site unchanged)")
        }
    }

    /// `03-open-lines` -> (3, "open-lines"); `notes` -> (nil, "notes").
    static func splitPrefix(_ stem: String) -> (Int?, String) {
        let digits = stem.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, stem.dropFirst(digits.count).first == "-", let number = Int(digits) else {
            return (nil, stem)
        }
        return (number, String(stem.dropFirst(digits.count + 1)))
    }

    /// `Notes.Markdown` -> ("Notes", "markdown"); `README` -> ("README", "").
    static func splitExtension(_ name: String) -> (stem: String, ending: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (String(name[..<dot]), name[name.index(after: dot)...].lowercased())
    }
}

private extension ContentPath {
    /// Where a Markdown file at `inside` (the path below `content/`) belongs.
    static func place(_ inside: [String], stem: String) -> ContentPath {
        switch (inside[0], inside.count) {
        case ("guides", 3) where stem == "index":
            return .content(.guide, guideFolder: inside[1], fileSlug: inside[1], prefixNumber: nil)
        case ("guides", 3):
            let (number, slug) = splitPrefix(stem)
            return .content(.step, guideFolder: inside[1], fileSlug: slug, prefixNumber: number)
        case ("posts", 2):
            return .content(.post, guideFolder: nil, fileSlug: stem, prefixNumber: nil)
        case ("pages", 2):
            return .content(.page, guideFolder: nil, fileSlug: stem, prefixNumber: nil)
        default:
            return .unpublished("not part of the site: Markdown files belong in content/guides/<guide>/, content/posts/ or content/pages/")
        }
    }
}
