import Foundation
import MendSite

/// Times the build's stages: `[2/6] parse      9 content files    4 ms`. With `--verbose`
/// every stage's line is printed as it ends; on a terminal, a build longer than a second
/// shows them through a live ``ProgressLine``; otherwise they are not printed.
final class StageClock: @unchecked Sendable {
    // @unchecked: used from the CLI's one thread only (the build calls `observe` synchronously).
    private let console: Console
    private let stageCount: Int
    private let live: ProgressLine?
    private var number = 0
    private var started: UInt64 = 0
    private var timings: [(name: String, milliseconds: Double)] = []
    private let start = DispatchTime.now().uptimeNanoseconds

    init(console: Console, stageCount: Int) {
        self.console = console
        self.stageCount = stageCount
        // MEND_PROGRESS_AFTER: seconds before the live line appears (default 1).
        let delay = ProcessInfo.processInfo.environment["MEND_PROGRESS_AFTER"].flatMap(Double.init) ?? 1
        live = console.showsLiveProgress ? ProgressLine(delay: max(0, delay)) : nil
    }

    var totalMilliseconds: Int { Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000) }

    func observe(_ event: BuildEvent) {
        switch event {
        case .started(let name): begin(name)
        case .finished(let name, let detail): end(name, detail: detail)
        }
    }

    func run<T>(_ name: String, detail: (T) -> String, _ work: () throws -> T) rethrows -> T {
        begin(name)
        let result = try work()
        end(name, detail: detail(result))
        return result
    }

    /// Ends the live line; with `--verbose`, prints each stage's share of the time.
    func finish() {
        live?.stop()
        let total = timings.reduce(0) { $0 + $1.milliseconds }
        guard total > 0 else { return }
        let shares = timings.map { "\($0.name) \(Int(($0.milliseconds / total * 100).rounded()))%" }
        console.verbose("time by stage: " + shares.joined(separator: ", "))
    }

    private func begin(_ name: String) {
        number += 1
        started = DispatchTime.now().uptimeNanoseconds
        live?.begin("[\(number)/\(stageCount)] \(name)")
    }

    private func end(_ name: String, detail: String) {
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        timings.append((name, milliseconds))
        let time = milliseconds < 10 ? String(format: "%.1f ms", milliseconds) : "\(Int(milliseconds)) ms"
        let label = name.padding(toLength: 10, withPad: " ", startingAt: 0)
        let what = detail.padding(toLength: 34, withPad: " ", startingAt: 0)
        let line = "[\(number)/\(stageCount)] \(label)\(what) \(time)"
        console.verbose(line)
        live?.end(line)
    }
}
