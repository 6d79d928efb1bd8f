import ArgumentParser
import Foundation
import MendServe
import MendSite

/// `mend similar PATH`: why a page lists the similar posts it does.
struct SimilarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "Explain a page's similar posts: each with its score, shared tags and the shared words that weigh most.",
        discussion: """
            A score is tag_weight × the tags' cosine + text_weight × the texts' cosine; the \
            shared words are shown as the index keeps them (stems, without the common words), \
            each with what it adds to the text part. Pages the reader is linked to from the \
            page already (its guide, its steps, its neighbours, what its text links to) are \
            never listed, and are named at the end.

            Example: mend similar content/guides/rebuilding-trust/03-open-lines-of-communication.md
            """)

    @Argument(help: "The page's file, such as content/posts/first-post.md.")
    var path: String

    @Option(name: .long, help: "The site's folder, holding content/.")
    var source = "."

    @Flag(name: .long, help: "Also take pages marked draft: true into account.")
    var drafts = false

    func run() throws {
        let console = Console(quiet: false)
        try CommentsCommand.reportingErrors {
            let root = try SourceFolder.check(source)
            let tree = SourceTreeReader(root: URL(fileURLWithPath: root.path)).readTreeWithDefaultTheme()
            let page = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
            let (result, report) = SiteBuilder(options: BuildOptions(includeDrafts: drafts)).explainSimilar(tree.files, path: page)
            guard result.succeeded else {
                for diagnostic in tree.diagnostics + result.diagnostics { console.report(diagnostic) }
                throw ValidationError("the site does not build: fix the errors above first")
            }
            guard let report else {
                let paths = Set(tree.files.map(\.path))
                let pages = tree.files.map(\.path).filter { $0.hasPrefix("content/") && $0.hasSuffix(".md") && !$0.hasPrefix("content/pages/") }
                let hint = page.hasPrefix("content/pages/") && paths.contains(page)
                    ? "pages (content/pages/) have no similar posts; guides, steps and posts do"
                    : pages.contains(page) ? "it is not published (a draft?), or similar_posts is 0"
                    : paths.contains(page) ? "\(page) is not a page of the site: name a guide, step or post, such as \(pages.first ?? "content/posts/x.md")"
                    : "there is no \(page): name a content file relative to the site's folder, such as \(pages.first ?? "content/posts/x.md")"
                throw ValidationError("no similar posts to explain: \(hint)")
            }
            print(Self.text(report))
        }
    }

    static func text(_ report: SimilarReport) -> String {
        var lines = ["Similar posts of \(report.path) (“\(report.title)”), best first:"]
        if report.items.isEmpty { lines.append("  none: no other page shares a tag or a weighty word with it") }
        for (number, item) in report.items.enumerated() {
            let explanation = item.explanation
            lines.append("  \(number + 1). \(score(explanation.score))  \(item.path)  “\(item.title)”")
            let tags = item.sharedTags.isEmpty ? "none shared" : item.sharedTags.joined(separator: ", ")
            lines.append("       tags \(score(explanation.tagPart)): \(tags)")
            let words = explanation.sharedTerms.map { "\($0.term) \(score($0.weight))" }.joined(separator: ", ")
            lines.append("       text \(score(explanation.textPart)): \(words.isEmpty ? "no shared words" : words)")
        }
        if !report.leftOut.isEmpty {
            lines.append("Never listed here, as the page leads to them already: " + report.leftOut.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    static func score(_ value: Double) -> String { String(format: "%.3f", value) }
}
