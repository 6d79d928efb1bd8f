import ArgumentParser
import Foundation
import MendServe

/// `mend theme`: the built-in theme and the site's own templates.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Show which theme files the site overrides, or copy built-in ones into it to edit.",
        discussion: """
            A site's templates/ overrides the built-in theme file by file: a template or asset \
            of the same path replaces the built-in one, and the rest stays built in.

            Example: mend theme eject partials/footer.mustache
            """,
        subcommands: [ThemeListCommand.self, ThemeEjectCommand.self, ThemeStringsCommand.self])
}

/// `mend theme list`.
struct ThemeListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every theme file: built-in, overridden by the site, or the site's own extra.",
        discussion: "Example: mend theme list")

    @Option(name: .long, help: "The site's folder.")
    var source = "."

    func run() throws {
        try CommentsCommand.reportingErrors {
            let files = ThemeFiles(root: try SourceFolder.check(source).path).list()
            for (path, origin) in files {
                let note = origin == .overrides ? "   (the site's own, in place of the built-in file)"
                    : origin == .extra ? "   (the site's own)" : ""
                print(origin.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + " " + path + note)
            }
            let own = files.filter { $0.origin != .builtIn }.count
            print("\n\(own) of \(files.count) theme files are the site's own.")
        }
    }
}

/// `mend theme eject`.
struct ThemeEjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eject",
        abstract: "Copy built-in theme files into the site's templates/ to edit (all of them without FILE).",
        discussion: """
            Never replaces a file the site has: it is kept, and said so. A name the built-in \
            theme does not have is an error, and nothing is written.

            Example: mend theme eject partials/footer.mustache assets/style.css
            """)

    @Argument(help: "Theme files, such as partials/footer.mustache or assets/style.css.")
    var files: [String] = []

    @Option(name: .long, help: "The site's folder.")
    var source = "."

    func run() throws {
        try CommentsCommand.reportingErrors {
            let (written, kept) = try ThemeFiles(root: try SourceFolder.check(source).path).eject(files)
            for path in written { print("wrote \(path)") }
            for path in kept { print("kept  \(path) (the site has its own)") }
        }
    }
}
