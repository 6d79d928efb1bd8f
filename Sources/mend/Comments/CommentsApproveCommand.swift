import ArgumentParser
import MendServe

/// `mend comments approve ID`: publish a comment.
struct CommentsApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Approve a comment: set its status to approved.",
        discussion: """
            Only the file's status line changes (or a status line is added); the rest stays byte for byte.

            Example: mend comments approve 9dbb9d2d356b
            """)

    @OptionGroup var site: CommentsSiteOptions

    @Argument(help: "The comment's id (see `mend comments list`).")
    var id: String

    @Option(name: .long, help: "The comment's page, when several pages have a comment with this id.")
    var page: String?

    func run() throws {
        try CommentsCommand.reportingErrors {
            let store = try site.store()
            let stored = try store.find(id: id, page: page)
            let changed = try store.setStatus(.approved, of: stored)
            print(changed ? "Approved \(stored.path)" : "\(stored.path) was already approved")
        }
    }
}
