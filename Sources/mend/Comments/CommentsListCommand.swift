import ArgumentParser
import MendServe

/// `mend comments list`: one line per comment.
struct CommentsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List comments: id, status, date, page, name and the start of the message.",
        discussion: """
            Sorted by page, then date, then id. A comment whose name or message holds an email \
            address or a phone number ends with [contains an email address] or [contains a phone \
            number]: it is published as text once approved. Problems in files are reported as \
            path:line:column: error: message (or warning:, for a pending or spam comment) on \
            standard error; an error makes the command exit with 1.

            Example: mend comments list --pending --page posts/first-post
            """)

    @OptionGroup var site: CommentsSiteOptions

    @Flag(name: .long, help: "Only comments waiting for moderation.")
    var pending = false

    @Option(name: .long, help: "Only this page's comments (its path, such as posts/first-post).")
    var page: String?

    @Flag(name: .shortAndLong, help: "Also show each comment's file, email, website and parent.")
    var verbose = false

    func run() throws {
        try CommentsCommand.reportingErrors {
            let listing = try site.store().list(page: page, pendingOnly: pending)
            for line in CommentListFormat.lines(listing.comments, verbose: verbose) { print(line) }
            let console = Console(quiet: false)
            for diagnostic in listing.diagnostics { console.error(diagnostic.description) }
            if listing.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
        }
    }
}
