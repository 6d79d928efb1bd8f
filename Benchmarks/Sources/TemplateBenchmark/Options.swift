import Foundation

/// Command-line settings: `--rounds N`, `--seconds S`, `--engine E`, `--show E`.
struct Options {
    var rounds = 7
    var seconds = 1.0
    /// Which engines to time; the output check always renders both.
    var engine = "both"
    /// An engine whose rendered page to print instead of timing anything.
    var show: String?

    static let usage = """
        usage: template-bench [--rounds N] [--seconds S] [--engine E] [--show E]
          --rounds N    timed rounds per engine, interleaved (default 7)
          --seconds S   length of each round in seconds (default 1.0)
          --engine E    time mend, swift-mustache or both (default both); one alone
                        suits a profiler
          --show E      print the page as engine E (mend or swift-mustache) renders it
        """

    static func parse(_ arguments: [String]) -> Options {
        var options = Options()
        var rest = arguments.dropFirst()[...]
        while let flag = rest.popFirst() {
            if flag == "--help" || flag == "-h" { stop(usage, status: 0) }
            guard let text = rest.popFirst() else { stop("missing value for \(flag)\n\(usage)") }
            switch flag {
            case "--rounds":
                guard let rounds = Int(text), rounds > 0 else { stop("--rounds needs a positive integer") }
                options.rounds = rounds
            case "--seconds":
                guard let seconds = Double(text), seconds > 0 else { stop("--seconds needs a positive number") }
                options.seconds = seconds
            case "--engine":
                guard ["mend", "swift-mustache", "both"].contains(text) else { stop("unknown engine \(text)") }
                options.engine = text
            case "--show":
                guard ["mend", "swift-mustache"].contains(text) else { stop("unknown engine \(text)") }
                options.show = text
            default:
                stop("unknown option \(flag)\n\(usage)")
            }
        }
        return options
    }
}

private func stop(_ message: String, status: Int32 = 2) -> Never {
    print(message)
    exit(status)
}
