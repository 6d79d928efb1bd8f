import Dispatch
import MendSite

/// Times the build's stages and prints `[2/6] parse      9 content files    4 ms`.
final class StageClock: @unchecked Sendable {
    // @unchecked: used from the CLI's one thread only (the build calls `observe` synchronously).
    private let console: Console
    private let stageCount: Int
    private var number = 0
    private var started: UInt64 = 0
    private let start = DispatchTime.now().uptimeNanoseconds

    init(console: Console, stageCount: Int) {
        self.console = console
        self.stageCount = stageCount
    }

    var totalMilliseconds: Int { Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000) }

    func observe(_ event: BuildEvent) {
        switch event {
        case .started: begin()
        case .finished(let name, let detail): end(name, detail: detail)
        }
    }

    func run<T>(_ name: String, detail: (T) -> String, _ work: () throws -> T) rethrows -> T {
        begin()
        let result = try work()
        end(name, detail: detail(result))
        return result
    }

    private func begin() {
        number += 1
        started = DispatchTime.now().uptimeNanoseconds
    }

    private func end(_ name: String, detail: String) {
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        let time = milliseconds < 10 ? String(format: "%.1f ms", milliseconds) : "\(Int(milliseconds)) ms"
        let label = name.padding(toLength: 10, withPad: " ", startingAt: 0)
        let what = detail.padding(toLength: 26, withPad: " ", startingAt: 0)
        console.progress("[\(number)/\(stageCount)] \(label)\(what)\(time)")
    }
}
