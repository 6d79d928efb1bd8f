import ArgumentParser
import Foundation
import MendServe

/// `--source`, shared by every `mend comments` subcommand.
struct CommentsSiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site's folder, holding content/.")
    var source = "."

    /// The comment files of the site at `--source`.
    var store: CommentStore { CommentStore(root: URL(fileURLWithPath: source)) }
}
