import ArgumentParser

@main
struct Mend: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mend",
        abstract: "A static-site generator for guides and articles.",
        subcommands: [BuildCommand.self, ServeCommand.self, CommentsCommand.self])
}
