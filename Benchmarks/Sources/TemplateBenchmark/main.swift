import Foundation

// Renders one blog page with Mend and with swift-mustache, side by side, single-threaded,
// in interleaved rounds, and compares the median renders per second.

let options = Options.parse(CommandLine.arguments)
let mend = try Engine.mend()
let mustache = try Engine.swiftMustache()
let goal = 3.0

if let shown = options.show {
    print(shown == "mend" ? mend.render() : mustache.render(), terminator: "")
    exit(0)
}

print("Template benchmark: blog page via {{<layout}} (title, content blocks), 3 partials (head, nav, card),")
print("\(PageData.similarCount) similar posts, HTML-escaped prose; same sources and data for both engines.")
let (mendBytes, mustacheBytes) = OutputCheck.run(mend, mustache)

let timed: [Engine] = switch options.engine {
case "mend": [mend]
case "swift-mustache": [mustache]
default: [mend, mustache]
}
var sink = 0
var results = Array(repeating: [Round](), count: timed.count)

// Warm up caches and allocators before the first timed round.
for engine in timed {
    _ = Measure.round(of: engine, seconds: min(0.25, options.seconds), sink: &sink)
}

print("\n\(options.rounds) rounds of \(options.seconds) s per engine, interleaved (order alternates each round)")
print("round" + timed.map { pad("\($0.name) renders/s", 28) }.joined())
for round in 0..<options.rounds {
    // A/B, then B/A: neither engine always runs first after the other.
    let order = round % 2 == 0 ? Array(timed.indices) : timed.indices.reversed()
    for index in order {
        results[index].append(Measure.round(of: timed[index], seconds: options.seconds, sink: &sink))
    }
    print(pad("\(round + 1)", 5, left: true) + results.map { pad(fixed($0[round].rendersPerSecond, 0), 28) }.joined())
}

let medians = results.map { Measure.median($0.map(\.rendersPerSecond)) }
let bytes = timed.map { $0.name == mend.name ? mendBytes : mustacheBytes }
print(pad("median", 6, left: true) + medians.map { pad(fixed($0, 0), 27) }.joined())
print("")
for (index, engine) in timed.enumerated() {
    let megabytesPerSecond = medians[index] * Double(bytes[index]) / 1_000_000
    print("\(pad(engine.name, 15, left: true)): median \(fixed(medians[index], 0)) renders/s, "
        + "\(bytes[index]) bytes/render, \(fixed(megabytesPerSecond, 1)) MB/s, "
        + "\(fixed(1e6 / medians[index], 1)) µs/render")
}
if timed.count == 2 {
    let ratio = medians[0] / medians[1]
    print("\nRatio \(mend.name) / \(mustache.name) (median renders/s): \(fixed(ratio, 2))x")
    print("Goal: \(mend.name) >= \(fixed(goal, 0))x \(mustache.name): \(ratio >= goal ? "met" : "NOT met")")
}
print("checksum: \(sink) bytes rendered in total")

func fixed(_ value: Double, _ decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
}

func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? text + padding : padding + text
}
