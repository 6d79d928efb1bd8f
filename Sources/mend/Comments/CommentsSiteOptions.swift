import ArgumentParser
import Foundation
import MendServe

/// `--source`, shared by every `mend comments` subcommand.
struct CommentsSiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site's folder, holding content/.")
    var source = "."

    /// The comment files of the site at `--source`, once it is checked to be a site's folder,
    /// as `mend build` checks it.
    /// - Throws: ``SourceFolderError`` when it does not exist, is a file, or holds no site.
    func store() throws -> CommentStore {
        CommentStore(root: URL(fileURLWithPath: try SourceFolder.check(source).path))
    }
}
