/// A new content file as `mend new` writes it: where it goes and its first text, front
/// matter filled in. Pure: the caller lists the guide folder and writes the file.
public struct NewContent: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case guide, step, post, page
    }

    public let kind: Kind
    /// Its path in the site: `content/guides/g/index.md`, `content/guides/g/03-slug.md`,
    /// `content/posts/slug.md`, `content/pages/slug.md`.
    public let path: String
    public let text: String

    /// - Parameters:
    ///   - kind: What to make.
    ///   - title: Its title (any text; written quoted).
    ///   - slug: Its URL name; from the title when `nil`. For a step, the file name's part after the number.
    ///   - guide: For a step, its guide's folder under `content/guides/`.
    ///   - stepNumber: For a step, its number (``nextStepNumber(in:)``).
    ///   - date: `YYYY-MM-DD`, written as `date:` (not for a page; a step only when given: it
    ///     takes its guide's otherwise).
    /// - Throws: ``NewContentError`` for an empty title, a slug that cannot be a URL, a bad date.
    public init(kind: Kind, title: String, slug: String? = nil, guide: String? = nil, stepNumber: Int = 1,
                date: String?) throws {
        let title = title.trimmed
        guard !title.isEmpty else { throw NewContentError("--title is empty: give the page a title") }
        let slug = slug ?? Slug.make(title)
        guard !slug.isEmpty else {
            throw NewContentError("the title '\(title)' has no letters or digits to make a file name of: give a slug (mend new post my-slug --title …)")
        }
        guard Slug.isValid(slug), Slug.lengthProblem(slug) == nil else {
            let suggestion = Slug.make(slug)
            throw NewContentError("'\(slug)' cannot be a URL slug: " + (suggestion.isEmpty || suggestion == slug
                ? "use lowercase letters, digits and hyphens" : "use '\(suggestion)'"))
        }
        if kind == .page && Deriving.reservedSlugs.contains(slug) {
            throw NewContentError("the URL /\(slug)/ is used by the site itself: give the page another slug")
        }
        if let date, ContentDate(date) == nil {
            throw NewContentError("--date '\(date)' is not a day of the calendar: write it as YYYY-MM-DD, such as 2024-05-01")
        }
        self.kind = kind
        var lines = ["---", "title: " + Self.quoted(title)]
        switch kind {
        case .guide:
            path = "content/guides/\(slug)/index.md"
            lines += [date.map { "date: \($0)" }, Self.summaryHint, Self.tagsHint, "---", "",
                      "The introduction: what this guide is for, and who it is for.", "",
                      "<!-- steps -->", "", "A few closing words, shown after the last step."].compactMap { $0 }
        case .step:
            guard let guide, !guide.isEmpty else { throw NewContentError("a step needs its guide: mend new step GUIDE --title …") }
            path = "content/guides/\(guide)/" + Self.stepFileName(stepNumber, slug: slug)
            lines += [date.map { "date: \($0)" }, Self.summaryHint, "---", "", "What this step asks, and how to take it."].compactMap { $0 }
        case .post:
            path = "content/posts/\(slug).md"
            lines += [date.map { "date: \($0)" }, Self.summaryHint, Self.tagsHint, "---", "", "The post's text."].compactMap { $0 }
        case .page:
            path = "content/pages/\(slug).md"
            lines += ["---", "", "The page's text."]
        }
        text = lines.joined(separator: "\n") + "\n"
    }

    static let summaryHint = "# summary: \"One sentence, for lists, link previews and search engines.\""
    static let tagsHint = "# tags: [trust, healing]"

    /// Whether `name` can be a URL slug (a guide's folder name): lowercase letters, digits, hyphens.
    public static func isValidSlug(_ name: String) -> Bool { Slug.isValid(name) }

    /// `03-open-lines.md`: two digits at least, so that the files sort in step order.
    static func stepFileName(_ number: Int, slug: String) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 2 - digits.count)) + digits + "-" + slug + ".md"
    }

    /// The number after the highest step of a guide folder holding these files (name, and
    /// text when it could be read): a step's number is its front matter's `step:`, else its
    /// file name's (`01-a.md`, `02-b.md` -> 3); 1 for a folder without steps.
    /// - Throws: ``NewContentError`` when the guide has step 999 already.
    public static func nextStepNumber(in files: [(name: String, text: String?)]) throws -> Int {
        let numbers = files.compactMap { file -> Int? in
            let (stem, ending) = ContentPath.splitExtension(file.name)
            guard ContentPath.markdownExtensions.contains(ending), stem != "index" else { return nil }
            let declared = file.text.flatMap { FrontMatter.parse($0, path: file.name).0?.step }
            return declared ?? ContentPath.splitPrefix(stem).0
        }.filter { (1...999).contains($0) }
        let next = (numbers.max() ?? 0) + 1
        guard next <= 999 else { throw NewContentError("the guide has step 999 already: a guide has at most 999 steps") }
        return next
    }

    /// A YAML double-quoted scalar: `"A \"quoted\" title"`.
    static func quoted(_ text: String) -> String { YAMLScalar.quoted(text) }
}
