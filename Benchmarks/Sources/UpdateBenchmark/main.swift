import Foundation
import MendServe
import MendSite

// update-bench: how long `IncrementalBuild.update` takes after one edit of a built site.
//   update-bench --source SITE --edit body|title --runs R
// Reads SITE (with the default theme), builds it once in memory, then R times edits one
// post in memory (a body edit appends a sentence, a different one each run; a title edit
// changes its title) and times
// update([that edit]) until the changed output files are in memory. Prints each run on
// standard error and, as its last line, "median_ms min_ms max_ms". Nothing is written.

struct Arguments {
    var source = ""
    var edit = "body"
    var runs = 5

    init() {
        var rest = CommandLine.arguments.dropFirst()
        while let flag = rest.popFirst() {
            let value = rest.popFirst() ?? ""
            switch flag {
            case "--source": source = value
            case "--edit": edit = value
            case "--runs": runs = max(1, Int(value) ?? 5)
            default: fail("unknown option \(flag)")
            }
        }
        if source.isEmpty || !["body", "title"].contains(edit) { fail("usage: update-bench --source SITE --edit body|title --runs R") }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("update-bench: \(message)\n".utf8))
    exit(2)
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

let arguments = Arguments()
let tree = SourceTreeReader(root: URL(fileURLWithPath: arguments.source)).readTreeWithDefaultTheme()
if tree.failed { fail("the site does not read: \(tree.diagnostics.first.map(\.description) ?? "")") }
guard let post = tree.files.first(where: { $0.path.hasPrefix("content/posts/") && $0.path.hasSuffix(".md") }) else {
    fail("the site has no posts")
}
var build = IncrementalBuild()
let clock = ContinuousClock()
let first = clock.measure { _ = build.build(tree.files) }
// As `mend serve` does while the writer reads the first build.
build.prepareForEdits()
FileHandle.standardError.write(Data("full build: \(Int(milliseconds(first))) ms, \(tree.files.count) sources\n".utf8))
let sentences = [
    "We sat on the kitchen floor and talked until the kettle went cold.",
    "Saying sorry is the start of repair, not the end of it.",
    "She wrote the promise on a card and kept it in her wallet for a year.",
    "Small rituals, like a walk after dinner, make room for honest questions.",
    "He learned to ask what she needed before offering advice.",
    "Forgiveness arrived slowly, a little more each week, and then all at once.",
]
var times: [Double] = []
for run in 0...arguments.runs {
    var text = post.text
    if arguments.edit == "body" {
        // A sentence of ordinary words, a different one each run (so words come and go).
        text += "\n" + sentences[run % sentences.count] + "\n"
    } else if let range = text.range(of: "title: ") {
        text.replaceSubrange(range, with: "title: Edit \(run) ")
    }
    var update: BuildUpdate?
    var stages: [String] = []
    var stageStart = clock.now
    let elapsed = clock.measure {
        update = build.update([.write(SourceFile(path: post.path, text: text))]) { event in
            switch event {
            case .started: stageStart = clock.now
            case .finished(let stage, _): stages.append("\(stage) \(String(format: "%.1f", milliseconds(clock.now - stageStart)))")
            }
        }
    }
    guard let update, update.result.succeeded else { fail("the update failed: \(update?.result.diagnostics.first.map(\.description) ?? "")") }
    let line = "run \(run): \(String(format: "%.1f", milliseconds(elapsed))) ms, \(update.written.count) files changed, \(update.parsedCount) parsed [\(stages.joined(separator: ", "))]\(run == 0 ? " (warm-up)" : "")\n"
    FileHandle.standardError.write(Data(line.utf8))
    if run > 0 { times.append(milliseconds(elapsed)) }
}
times.sort()
print(String(format: "%.1f %.1f %.1f", times[times.count / 2], times.first!, times.last!))
