import MendDefaultTheme
import MendSite

/// A generated site of a few hundred pages (guides with steps, posts with tags, comments)
/// with the default theme as its templates, and seeded random edits to it.
struct GeneratedSite {
    var files: [String: String] = [:]
    private var random: SeededRandom
    private var nextPost = 0

    static let tags = ["trust", "repair", "listening", "patience", "honesty", "boundaries", "hope", "forgiveness"]

    init(seed: UInt64, posts: Int = 120, guides: Int = 3, steps: Int = 5, similarPosts: Int = 3) {
        random = SeededRandom(seed: seed)
        files["content/site.yml"] = "title: Generated\nbase_url: https://example.org/site/\nlanguage: en\nsimilar_posts: \(similarPosts)\npaginate: 10\n"
        for guide in 0..<guides {
            files["content/guides/g\(guide)/index.md"] = page("Guide \(guide)", body: "Intro \(guide).\n\n<!-- steps -->\n\nClosing.")
            for step in 1...steps {
                files["content/guides/g\(guide)/0\(step)-s\(step).md"] = page("Step \(step) of guide \(guide)", body: words(40))
            }
        }
        for _ in 0..<posts { addPost() }
        files["content/pages/about.md"] = page("About", body: "Who writes here. " + words(30))
        files["content/posts/unfinished.md"] = "---\ntitle: Unfinished\ndate: 2024-05-15\ndraft: true\ntags: [hope]\nsummary: Not yet.\n---\n\(words(50))\n"
        files["content/comments/posts/p0/c1.yml"] =
            "name: Ann\nemail: ann@example.org\ndate: 2024-03-01T10:00:00Z\nmessage: Thank you.\nstatus: approved\n"
    }

    /// The sources: the files plus the default theme.
    var sources: [SourceFile] {
        let own = files.map { SourceFile(path: $0.key, text: $0.value) }
        let paths = Set(files.keys)
        return (own + DefaultTheme.files.filter { !paths.contains($0.path) }).sorted { $0.path < $1.path }
    }

    /// Makes one random edit; returns its name and the changes it made.
    mutating func edit() -> (String, [SourceChange]) {
        let kinds = ["body", "title", "tags", "date", "add", "delete", "rename-step", "reorder-steps", "partial",
                     "layout", "site", "comment", "approve"]
        let kind = kinds[random.below(kinds.count)]
        let before = files
        let number = random.below(999), extra = words(6), tag = Self.tags[random.below(8)]
        switch kind {
        case "body": rewrite(randomContent()) { $0 + "\nMore words: \(extra)\n" }
        case "title": rewrite(randomContent()) { $0.replacingFirst("title: ", with: "title: New \(number) ") }
        case "tags": rewrite(randomPost()) { $0.replacingFirst("tags: [", with: "tags: [\(tag), ") }
        case "date": rewrite(randomPost()) { $0.replacingFirst("date: 2024-", with: "date: 2023-") }
        case "add": addPost()
        case "delete": if let path = randomPost() { files[path] = nil }
        case "rename-step": renameStep()
        case "reorder-steps": swapSteps()
        case "partial": rewrite("templates/partials/footer.mustache", fromTheme: true) { $0 + "<!-- footer \(number) -->\n" }
        case "layout": rewrite("templates/layout.mustache", fromTheme: true) { $0 + "<!-- layout \(number) -->\n" }
        case "site": rewrite("content/site.yml") { $0.replacingFirst("title: ", with: "title: G\(number) ") }
        case "comment": addComment()
        default: approveComment()
        }
        return (kind, Self.changes(from: before, to: files))
    }

    /// Makes one random edit of the kinds a writer makes most, which usually move no page:
    /// a body (a post, a step, a guide's introduction or closing, the About page), a link to
    /// another page (which leaves it out of the page's similar posts), a title
    /// (sometimes one that reorders posts of the same date, or the About page's, which is
    /// in the navigation), a summary. Edits one file, or two at once.
    mutating func editText() -> (String, [SourceChange]) {
        let kinds = ["body", "title", "summary", "body", "closing", "link", "two"]
        let kind = kinds[random.below(kinds.count)]
        let before = files
        for _ in 0..<(kind == "two" ? 2 : 1) {
            let number = random.below(999), extra = words(6)
            switch kind == "two" ? ["body", "title", "summary"][random.below(3)] : kind {
            case "body": rewrite(randomContent()) { $0 + "\n\(extra.capitalized) \(number).\n" }
            case "title":
                let word = ["A", "Z", "New"][random.below(3)]
                rewrite(randomContent()) { $0.replacingFirst("title: ", with: "title: \(word) \(number) ") }
            case "summary": rewrite(randomPost()) { $0.replacingFirst("summary: ", with: "summary: \(extra) ") }
            case "link":
                // A link in the text leaves the linked page out of the page's similar posts.
                let target = random.below(2) == 0 ? "/posts/p\(random.below(nextPost))/" : "../guides/g\(random.below(3))/s\(1 + random.below(5))/"
                rewrite(randomPost()) { $0 + "\nSee [this](\(target)).\n" }
            default: rewrite("content/guides/g\(random.below(3))/index.md") { $0.replacingFirst("Closing.", with: "Closing. \(extra).") }
            }
        }
        return (kind, Self.changes(from: before, to: files))
    }
}

private extension GeneratedSite {
    func page(_ title: String, tags: [String] = [], date: String? = nil, summary: String? = nil, body: String) -> String {
        let tagLine = tags.isEmpty ? "" : "tags: [\(tags.joined(separator: ", "))]\n"
        let summaryLine = summary.map { "summary: \($0)\n" } ?? ""
        return "---\ntitle: \(title)\n\(date.map { "date: \($0)\n" } ?? "")\(tagLine)\(summaryLine)---\n\(body)\n"
    }

    mutating func words(_ count: Int) -> String {
        let vocabulary = ["trust", "slowly", "returns", "when", "we", "listen", "repair", "small", "promises", "kept",
                          "honest", "talk", "patience", "time", "hurt", "heals", "together", "apart", "care", "hope"]
        return (0..<count).map { _ in vocabulary[random.below(vocabulary.count)] }.joined(separator: " ")
    }

    mutating func addPost() {
        let number = nextPost
        nextPost += 1
        let tags = Set((0..<(1 + random.below(3))).map { _ in Self.tags[random.below(8)] }).sorted()
        files["content/posts/p\(number).md"] = page("Post \(number)", tags: tags,
                                                    date: "2024-0\(1 + random.below(9))-1\(random.below(9))",
                                                    summary: "What post \(number) is about.", body: words(60))
    }

    mutating func randomContent() -> String? {
        let paths = files.keys.filter { $0.hasSuffix(".md") }.sorted()
        return paths.isEmpty ? nil : paths[random.below(paths.count)]
    }

    mutating func randomPost() -> String? {
        let paths = files.keys.filter { $0.hasPrefix("content/posts/") }.sorted()
        return paths.isEmpty ? nil : paths[random.below(paths.count)]
    }

    mutating func rewrite(_ path: String?, fromTheme: Bool = false, _ change: (String) -> String) {
        guard let path else { return }
        let current = files[path] ?? (fromTheme ? DefaultTheme.files.first { $0.path == path }?.text : nil)
        guard let current else { return }
        files[path] = change(current)
    }

    /// Renames a step's file, keeping its number: its URL changes.
    mutating func renameStep() {
        let steps = files.keys.filter { $0.hasPrefix("content/guides/") && !$0.hasSuffix("index.md") }.sorted()
        guard !steps.isEmpty else { return }
        let path = steps[random.below(steps.count)]
        let text = files.removeValue(forKey: path)!
        files[path.replacingFirst(".md", with: "-r\(random.below(9)).md")] = text
    }

    /// Swaps the numbers of two neighbouring steps of a guide (their file prefixes).
    mutating func swapSteps() {
        let guide = "content/guides/g\(random.below(3))/"
        let steps = files.keys.filter { $0.hasPrefix(guide) && !$0.hasSuffix("index.md") }.sorted()
        guard steps.count >= 2 else { return }
        let first = random.below(steps.count - 1)
        let (a, b) = (steps[first], steps[first + 1])
        let (textA, textB) = (files.removeValue(forKey: a)!, files.removeValue(forKey: b)!)
        let prefixA = String(a.dropFirst(guide.count).prefix(3)), prefixB = String(b.dropFirst(guide.count).prefix(3))
        files[guide + prefixB + a.dropFirst(guide.count + 3)] = textA
        files[guide + prefixA + b.dropFirst(guide.count + 3)] = textB
    }

    mutating func addComment() {
        guard let post = randomPost() else { return }
        let page = post.dropFirst("content/".count).dropLast(".md".count)
        let id = "c\(random.below(100_000))"
        files["content/comments/\(page)/\(id).yml"] =
            "name: Reader \(id)\nemail: \(id)@example.org\ndate: 2024-04-0\(1 + random.below(9))T08:00:00Z\nmessage: \(words(8))\nstatus: pending\n"
    }

    mutating func approveComment() {
        let pending = files.filter { $0.key.hasPrefix("content/comments/") && $0.value.contains("status: pending") }.keys.sorted()
        guard !pending.isEmpty else { return }
        let path = pending[random.below(pending.count)]
        files[path] = files[path]!.replacingFirst("status: pending", with: "status: approved")
    }

    static func changes(from before: [String: String], to after: [String: String]) -> [SourceChange] {
        var changes: [SourceChange] = before.keys.filter { after[$0] == nil }.sorted().map { .remove($0) }
        for (path, text) in after.sorted(by: { $0.key < $1.key }) where before[path] != text {
            changes.append(.write(SourceFile(path: path, text: text)))
        }
        return changes
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
