import Foundation
import MendServe
import MendSite

/// The preview's builds, on a thread of their own: the first build from the whole source
/// tree, then one ``IncrementalBuild/update(_:observe:)`` per burst of changes the watcher
/// reported. Each build's files go into the ``PreviewSite`` all at once, and only then is
/// the update event sent, so no browser reloads onto a half-built site. A build that fails
/// changes no file: the browsers get its diagnostics for the overlay, the log prints them.
// @unchecked: `build` and `readProblems` are used by the builder's thread alone, after `start`.
final class PreviewBuilder: @unchecked Sendable {
    let root: URL
    let site: PreviewSite
    let hub: ReloadHub
    let queue = ChangeQueue()
    private let log: @Sendable (PreviewMessage) -> Void
    private var build: IncrementalBuild
    private let refresh: SourceRefresh
    /// What could not be read, by path: shown with every build's diagnostics until fixed.
    private var readProblems: [Diagnostic] = []
    private let finished = DispatchSemaphore(value: 0)

    init(root: URL, options: BuildOptions, site: PreviewSite, hub: ReloadHub, log: @escaping @Sendable (PreviewMessage) -> Void) {
        self.root = root
        self.site = site
        self.hub = hub
        self.log = log
        build = IncrementalBuild(options: options)
        refresh = SourceRefresh(root: root, jobs: options.jobs)
    }

    /// Builds the site, calls `ready`, then rebuilds on every change until ``stop()``.
    func start(ready: @escaping @Sendable () -> Void) {
        let thread = Thread { [self] in
            self.buildAll()
            ready()
            // Between edits, while the writer reads, the next edit's groundwork is done.
            self.build.prepareForEdits()
            while let paths = self.queue.next(startsAtOnce: { self.build.holds($0) }) {
                self.update(paths)
                self.build.prepareForEdits()
            }
            self.finished.signal()
        }
        thread.name = "mend-build"
        thread.stackSize = 8 << 20
        thread.start()
    }

    func stop() {
        queue.stop()
    }
}

private extension PreviewBuilder {
    func buildAll() {
        let clock = ContinuousClock.now
        let tree = refresh.reader.readTreeWithDefaultTheme()
        readProblems = tree.diagnostics
        let update = build.build(tree.files)
        publish(update, changed: [], elapsed: ContinuousClock.now - clock, first: true)
    }

    func update(_ paths: [String]) {
        let clock = ContinuousClock.now
        let known = build.currentPaths
        let (changes, problems, roots) = refresh.changes(for: paths, known: known)
        let before = readProblems
        readProblems.removeAll { problem in roots.contains { SourceRefresh.path(problem.location.path, isAtOrUnder: $0) } }
        readProblems += problems
        guard !changes.isEmpty || readProblems != before else { return }
        let update = build.update(changes)
        publish(update, changed: changes.map(\.path), elapsed: ContinuousClock.now - clock, first: false)
    }

    func publish(_ update: BuildUpdate, changed: [String], elapsed: Duration, first: Bool) {
        let diagnostics = (readProblems + update.result.diagnostics).sorted()
        let milliseconds = Int((elapsed / .milliseconds(1)).rounded())
        // A file that could not be read stays as the build had it; the build itself may still
        // succeed, and then its files are served (the build has taken them as done).
        let unreadable = readProblems.contains { $0.severity == .error }
        let overlay = update.result.succeeded && !unreadable ? OverlayReport.empty : report(diagnostics)
        // The terminal hears first: a browser's event is the last thing an update does.
        guard update.result.succeeded else {
            site.publishFailure(overlay: overlay)
            log(.failed(diagnostics: diagnostics, changed: changed, milliseconds: milliseconds))
            hub.send(ServerSentEvent.message(name: "errors", data: overlay.json))
            return
        }
        let event = site.publish(written: update.written, removed: update.removed, rootPath: update.result.rootPath, overlay: overlay)
        if unreadable {
            log(.failed(diagnostics: diagnostics, changed: changed, milliseconds: milliseconds))
        } else {
            log(first ? .built(pages: update.result.pageCount, diagnostics: diagnostics, milliseconds: milliseconds)
                      : .updated(changed: changed, files: update.written.count + update.removed.count, diagnostics: diagnostics,
                                 milliseconds: milliseconds))
        }
        if let event { hub.send(event.message) }
        hub.send(ServerSentEvent.message(name: "errors", data: overlay.json))
    }

    /// The overlay for `diagnostics`, with the offending lines from the build's own sources.
    func report(_ diagnostics: [Diagnostic]) -> OverlayReport {
        let sources = Dictionary(build.currentSources.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        return OverlayReport(diagnostics, text: { sources[$0] })
    }
}

private extension SourceChange {
    var path: String {
        switch self {
        case .write(let file): file.path
        case .remove(let path): path
        }
    }
}
