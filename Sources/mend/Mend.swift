import ArgumentParser

@main
struct Mend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mend",
        abstract: "A static-site generator for guides and articles.",
        subcommands: [BuildCommand.self, CommentsCommand.self])
}
