import ArgumentParser
import MendServe

/// `mend comments`: moderate readers' comments from the command line.
struct CommentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comments",
        abstract: "List, approve, reject and add readers' comments.",
        discussion: """
            Comments are files beside the content, one per comment: \
            content/comments/<page path>/<id>.yml, where the page path is the page's URL path \
            without slashes at either end (posts/first-post). Every change is atomic and touches \
            only the comment's own file; approve and reject change only its status line.

            Example: mend comments list --pending
            """,
        subcommands: [CommentsListCommand.self, CommentsApproveCommand.self, CommentsRejectCommand.self,
                      CommentsAddCommand.self])

    /// Runs `body`, printing an error it throws and exiting with 1: a refused `--source` and a
    /// file that cannot be written as `path: error: …`, the others as `error: …`.
    static func reportingErrors(_ body: () throws -> Void) throws {
        let console = Console(quiet: false)
        do {
            try body()
        } catch let exit as ExitCode {
            throw exit
        } catch let failure as SourceFolderError {
            console.error(failure.description)
            throw ExitCode.failure
        } catch let failure as CommentStoreError {
            console.error(failure.line)
            throw ExitCode.failure
        } catch {
            console.error("error: \(error)")
            throw ExitCode.failure
        }
    }
}
