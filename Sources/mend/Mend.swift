import ArgumentParser

@main
struct Mend: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mend",
        abstract: "A static-site generator for guides and articles.",
        version: MendVersion.current,
        subcommands: [InitCommand.self, BuildCommand.self, ServeCommand.self, CheckCommand.self, SimilarCommand.self, NewCommand.self, ThemeCommand.self, CommentsCommand.self])
}
