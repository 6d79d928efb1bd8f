import Foundation

// Compiles large generated templates of several shapes and prints the median compile time
// of each beside the goal: any template up to 10 MB compiles, or fails, in under a second.

let options = CompileOptions.parse(CommandLine.arguments)
let bytes = Int(options.megabytes * 1_000_000)
let goal = 1.0

print("Template compile benchmark: Template(source:name:) on generated templates of about "
    + "\(format(options.megabytes, 1)) MB, median of \(options.rounds) compiles, single-threaded.")
print("Every compile's outcome (compiled, or the error's line, column and kind) is checked.\n")
print(pad("shape", 20, left: true) + pad("MB", 7) + pad("tags", 10) + pad("median s", 10)
    + pad("min s", 9) + pad("max s", 9) + "  goal")
var missed: [String] = []
for name in options.shapes {
    let shape = Shapes.make(name, bytes: bytes)
    let times = CompileTiming.run(shape, rounds: options.rounds)
    let median = CompileTiming.median(times)
    let met = median < goal
    if !met { missed.append(name) }
    print(pad(name, 20, left: true) + pad(format(Double(shape.source.utf8.count) / 1e6, 1), 7)
        + pad("\(shape.tags)", 10) + pad(format(median, 3), 10) + pad(format(times.min()!, 3), 9)
        + pad(format(times.max()!, 3), 9) + "  < \(format(goal, 0)) s: \(met ? "met" : "NOT met")")
    print(pad("", 20) + "\(shape.summary); \(shape.outcome)")
}
print(missed.isEmpty ? "\nGoal < 1 s met by every shape." : "\nGoal < 1 s NOT met by: \(missed.joined(separator: ", ")).")

func format(_ value: Double, _ decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
}

func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? text + padding : padding + text
}
