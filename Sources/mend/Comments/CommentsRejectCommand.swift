import ArgumentParser
import MendServe

/// `mend comments reject ID`: mark a comment as spam, or delete it.
struct CommentsRejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Reject a comment: set its status to spam, or delete its file.",
        discussion: """
            Without --delete only the file's status line changes; the rest stays byte for byte. \
            A file with problems can be rejected too (give its file name as the id): marked as \
            spam, it no longer stops a build.

            Example: mend comments reject 9dbb9d2d356b
            """)

    @OptionGroup var site: CommentsSiteOptions

    @Argument(help: "The comment's id (see `mend comments list`).")
    var id: String

    @Option(name: .long, help: "The comment's page, when several pages have a comment with this id.")
    var page: String?

    @Flag(name: .long, help: "Delete the comment's file instead of marking it as spam.")
    var delete = false

    func run() throws {
        try CommentsCommand.reportingErrors {
            let store = try site.store()
            let stored = try store.find(id: id, page: page)
            if delete {
                try store.delete(stored)
                print("Deleted \(stored.path)")
            } else {
                let changed = try store.setStatus(.spam, of: stored)
                print(changed ? "Marked \(stored.path) as spam" : "\(stored.path) was already marked as spam")
            }
        }
    }
}
