import ArgumentParser
import Foundation
import MendServe
import MendSite

/// `mend new`: a new guide, step, post or page, its front matter filled in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new guide, step, post or page, and print the path of the file written.",
        discussion: """
            mend new guide SLUG --title TITLE      content/guides/SLUG/index.md
            mend new step GUIDE --title TITLE      content/guides/GUIDE/NN-slug.md, the next step number
            mend new post [SLUG] --title TITLE     content/posts/SLUG.md
            mend new page [SLUG] --title TITLE     content/pages/SLUG.md

            The slug (a step's file name after its number) comes from the title unless given. \
            Guides and posts get today's date (UTC) or --date; a step takes its guide's date \
            unless --date gives one; a page has none. No file is ever replaced: if it exists, \
            nothing is written and the command exits with 1.

            Example: mend new step rebuilding-trust --title "Forgive at your own pace"
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case guide, step, post, page
    }

    @Argument(help: "What to make: guide, step, post or page.")
    var kind: Kind

    @Argument(help: "The guide's or post's or page's slug; for a step, its guide's folder name.")
    var name: String?

    @Option(name: .long, parsing: .unconditional, help: "Its title.")
    var title: String

    @Option(name: .long, help: "For a step: the file name after its number (default: from the title).")
    var slug: String?

    @Option(name: .long, help: "Its date, YYYY-MM-DD (default: today, for guides and posts).")
    var date: String?

    @Option(name: .long, help: "The site's folder, holding content/.")
    var source = "."

    func run() throws {
        try CommentsCommand.reportingErrors {
            let root = try SourceFolder.check(source).path
            let kind = NewContent.Kind(rawValue: self.kind.rawValue)!
            let today = kind == .guide || kind == .post ? Self.today() : nil
            let path = try ContentScaffold(root: root).create(kind, title: title, slug: kind == .step ? slug : slug ?? name,
                                                              guide: kind == .step ? name : nil, date: date ?? today)
            print(source == "." ? path : (source.hasSuffix("/") ? source : source + "/") + path)
        }
    }

    /// Today's date in UTC, `YYYY-MM-DD`.
    static func today() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
