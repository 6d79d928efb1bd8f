import ArgumentParser
import Foundation
import MendServe

/// `mend init`: a new site that builds and checks clean.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make a new site in a folder: settings, a sample guide, About and Privacy pages, a workflow.",
        discussion: """
            Writes content/site.yml (a line about each setting), a guide with two steps, an \
            About and a Privacy page, .github/workflows/site.yml (builds, checks and publishes \
            the site with GitHub Pages) and a .gitignore. The theme is Mend's own, built in: add \
            templates/ only to change it. A folder that holds anything but .git is refused; \
            --force adds the files that are missing and never replaces one.

            Example: mend init my-site && cd my-site && mend serve
            """)

    @Argument(help: "The folder to make the site in (default: the current folder).")
    var folder = "."

    @Flag(name: .long, help: "Add the missing files to a folder that is not empty, replacing none.")
    var force = false

    func run() throws {
        try CommentsCommand.reportingErrors {
            let outcome = try SiteInitializer(folder: folder).create(force: force)
            let shown = folder == "." ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
            for path in outcome.written { print("wrote \(shown)\(path)") }
            for path in outcome.kept { print("kept  \(shown)\(path) (it exists)") }
            let enter = folder == "." ? "" : "cd \(folder) && "
            guard !outcome.written.isEmpty else {
                print("\nNothing to add: every file of a new site is there already.")
                return
            }
            print("\nA new site. Preview it with: \(enter)mend serve\nThen write: mend new post --title \"Your first post\"")
        }
    }
}
