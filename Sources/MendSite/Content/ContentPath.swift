/// Where a file under `content/` belongs, decided from its path alone.
enum ContentPath: Equatable {
    case config
    case content(ContentKind, guideFolder: String?, fileSlug: String, prefixNumber: Int?)
    /// `content/comments/…`: read by the comments model.
    case comment
    /// Any other file: copied to the same place under the output folder (images beside a post).
    case asset(outputPath: String)
    /// A Markdown file outside the content folders; carries the advice.
    case misplaced(String)

    static let siteConfig = "content/site.yml"

    init(_ path: String) {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 2, parts[0] == "content" else { self = .misplaced("not under content/"); return }
        let inside = Array(parts.dropFirst())
        if path == Self.siteConfig { self = .config; return }
        if inside[0] == "comments" { self = .comment; return }
        guard path.hasSuffix(".md") else { self = .asset(outputPath: inside.joined(separator: "/")); return }
        let stem = String(inside.last!.dropLast(3))
        switch (inside[0], inside.count) {
        case ("guides", 3) where stem == "index":
            self = .content(.guide, guideFolder: inside[1], fileSlug: inside[1], prefixNumber: nil)
        case ("guides", 3):
            let (number, slug) = Self.splitPrefix(stem)
            self = .content(.step, guideFolder: inside[1], fileSlug: slug, prefixNumber: number)
        case ("posts", 2):
            self = .content(.post, guideFolder: nil, fileSlug: stem, prefixNumber: nil)
        case ("pages", 2):
            self = .content(.page, guideFolder: nil, fileSlug: stem, prefixNumber: nil)
        default:
            self = .misplaced("Markdown files belong in content/guides/<guide>/, content/posts/ or content/pages/")
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
}
