import Foundation

/// The live progress line of a build on a terminal: nothing for the first second (a quick
/// build prints only its summary); then the stages done so far, one line each, and the
/// running stage with its time, redrawn ten times a second on standard error.
final class ProgressLine: @unchecked Sendable {
    // @unchecked: every field is read and written under `lock` (the timer runs on its own queue).
    private let lock = NSLock()
    private let start = DispatchTime.now().uptimeNanoseconds
    private var running: (label: String, started: UInt64)?
    private var waiting: [String] = []
    private var visible = false
    private let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "mend.progress"))

    /// After `delay` seconds of building the line appears.
    init(delay: Double = 1) {
        timer.schedule(deadline: .now() + delay, repeating: 0.1)
        timer.setEventHandler { [weak self] in self?.tick() }
        timer.resume()
    }

    /// A stage began: `[3/6] derive`.
    func begin(_ label: String) {
        lock.withLock { running = (label, DispatchTime.now().uptimeNanoseconds) }
    }

    /// A stage ended with its finished line (what it did and its time).
    func end(_ line: String) {
        lock.withLock {
            running = nil
            if visible { write("\r\u{1B}[2K" + line + "\n") } else { waiting.append(line) }
        }
    }

    /// The build is over: stops redrawing and clears the running line.
    func stop() {
        timer.cancel()
        lock.withLock {
            if visible && running != nil { write("\r\u{1B}[2K") }
            running = nil
        }
    }

    private func tick() {
        lock.withLock {
            if !visible {
                visible = true
                for line in waiting { write(line + "\n") }
                waiting = []
            }
            guard let running else { return }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - running.started) / 1e9
            write("\r\u{1B}[2K\(running.label) … \(String(format: "%.1f", seconds)) s")
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
