import ArgumentParser
import MendSite

/// `mend theme strings`: the built-in strings table, to translate or reword in site.yml.
struct ThemeStringsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "strings",
        abstract: "Print every text the theme shows a reader, as a strings: block for site.yml.",
        discussion: """
            The built-in English texts, with the month names and date order of --language. \
            Paste the block into content/site.yml and change what you want: an entry you \
            leave out stays built in.

            Example: mend theme strings --language fr >> content/site.yml
            """)

    @Option(name: .long, help: "The language whose month names and date order to print (a BCP 47 tag).")
    var language = "en"

    func validate() throws {
        if let problem = LanguageTag.problem(with: language) { throw ValidationError(problem) }
    }

    func run() {
        print(StringTable(language: language).yaml, terminator: "")
    }
}
