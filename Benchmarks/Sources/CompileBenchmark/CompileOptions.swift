import Foundation

/// Command-line settings: `--rounds N`, `--megabytes M`, `--shape NAME` (repeatable).
struct CompileOptions {
    var rounds = 5
    var megabytes = 10.0
    var shapes = Shapes.names

    static let usage = """
        usage: compile-bench [--rounds N] [--megabytes M] [--shape NAME]...
          --rounds N      compiles per shape; the median is reported (default 5)
          --megabytes M   size of each generated template, 10^6 bytes (default 10)
          --shape NAME    compile only this shape (repeatable); shapes:
                          \(Shapes.names.joined(separator: ", "))
        """

    static func parse(_ arguments: [String]) -> CompileOptions {
        var options = CompileOptions()
        var chosen: [String] = []
        var rest = arguments.dropFirst()[...]
        while let flag = rest.popFirst() {
            if flag == "--help" || flag == "-h" { stop(usage, status: 0) }
            guard let text = rest.popFirst() else { stop("missing value for \(flag)\n\(usage)") }
            switch flag {
            case "--rounds":
                guard let rounds = Int(text), rounds > 0 else { stop("--rounds needs a positive integer") }
                options.rounds = rounds
            case "--megabytes":
                guard let megabytes = Double(text), megabytes > 0 else { stop("--megabytes needs a positive number") }
                options.megabytes = megabytes
            case "--shape":
                guard Shapes.names.contains(text) else { stop("unknown shape \(text)\n\(usage)") }
                chosen.append(text)
            default:
                stop("unknown option \(flag)\n\(usage)")
            }
        }
        if !chosen.isEmpty { options.shapes = chosen }
        return options
    }
}

private func stop(_ message: String, status: Int32 = 2) -> Never {
    print(message)
    exit(status)
}
