import ArgumentParser
import Foundation
import MendServe

/// `mend comments add`: write a new comment file, checked as the intake checks one.
struct CommentsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a comment to a page (pending unless --approve) and print its file's path.",
        discussion: """
            The page must be published and take comments now: a guide, step or post, with \
            comments enabled and not closed (by its front matter or close_after_days, as the \
            build decides). The email is checked as the comment form checks it; a website must \
            be http or https; a parent must be a comment on the same page. `--message -` reads \
            the message from standard input. The comment gets a new random id and its own new \
            file; no existing file is ever replaced. Values are stored without surrounding \
            whitespace, exactly as given otherwise. On any error nothing is written and the \
            command exits with 1.

            Example: mend comments add --page posts/first-post --name Sam --email sam@example.org --message "Thank you."
            """)

    @OptionGroup var site: CommentsSiteOptions

    @Option(name: .long, help: "The page's path, such as posts/first-post.")
    var page: String

    // Unconditional: a name or message may start with a dash (`--message "--- a list"`).
    @Option(name: .long, parsing: .unconditional, help: "The commenter's name.")
    var name: String

    @Option(name: .long, help: "The commenter's email address (private: never published).")
    var email: String

    @Option(name: .long, parsing: .unconditional, help: "The comment, in Markdown; - reads it from standard input (write --message=TEXT when it starts with --).")
    var message: String

    @Option(name: .long, help: "The commenter's website (http or https).")
    var url: String?

    @Option(name: .long, help: "The id of the comment this one replies to.")
    var parent: String?

    @Option(name: .long, help: "When it was written, ISO 8601 (default: now, in UTC).")
    var date: String?

    @Flag(name: .long, help: "Approve it at once instead of leaving it pending.")
    var approve = false

    func run() throws {
        try CommentsCommand.reportingErrors {
            let text = message == "-" ? try Self.standardInput() : message
            let new = NewComment(page: page, name: name, email: email, url: url, message: text,
                                 parent: parent, date: date, approved: approve)
            print(try site.store().add(new, now: Date()))
        }
    }

    /// All of standard input, as UTF-8 text.
    static func standardInput() throws -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("--message -: standard input is not UTF-8 text; nothing was written")
        }
        return text
    }
}
