import Foundation
import Hummingbird
import MendSite

/// The site the preview serves, held in memory: every output file of the last build that
/// succeeded (pages with the live-reload tag in them), the site's root path, and the
/// diagnostics of the last build. A build's files replace the old ones all at once, so a
/// request never sees half of an update.
final class PreviewSite: Sendable {
    /// What the server answers from at one moment.
    struct Snapshot: Sendable {
        var files: [String: ServedFile] = [:]
        /// `/` or `/blog/`.
        var rootPath = "/"
        /// `http://127.0.0.1:4000`: where the pages link to; empty until the server listens.
        var origin = ""
        /// Goes up by one with every build that changed a file.
        var version = 0
        /// Whether a build has succeeded yet (before that there is nothing to serve).
        var hasBuilt = false
        /// The last build's diagnostics, for the overlay.
        var overlay = OverlayReport.empty
        /// `404.html` as built (without the script), answered for every missing page with
        /// a script that names the page asked for.
        var notFoundPage: [UInt8]?
    }

    /// Random, new each time the server starts: a page from an earlier server reloads.
    let session: String
    private let state = Locked(Snapshot())
    /// Called as an update starts to go in, before any of its files: tests slow it down, to
    /// see that no browser hears of an update before it is all there.
    let willPublish = Locked<(@Sendable () -> Void)?>(nil)

    init(session: String = String(UInt64.random(in: 0..<(1 << 48)), radix: 16)) {
        self.session = session
    }

    var snapshot: Snapshot { state.withLock { $0 } }

    /// Where the server listens, once it does.
    func listen(at origin: String) {
        state.withLock { $0.origin = origin }
    }

    /// Takes in what a successful build changed; returns the update event for the browsers,
    /// or `nil` when no file changed.
    func publish(written: [OutputFile], removed: [String], rootPath: String, overlay: OverlayReport) -> ReloadEvent? {
        willPublish.withLock { $0 }?()
        return state.withLock { site in
            site.overlay = overlay
            let rootChanged = site.rootPath != rootPath
            guard !written.isEmpty || !removed.isEmpty || !site.hasBuilt || rootChanged else { return nil }
            let version = site.version + 1
            for file in written {
                site.files[file.path] = Self.served(file, root: rootPath, session: session, version: version)
                if file.path == "404.html" { site.notFoundPage = file.source == nil ? file.bytes : Self.read(file.source) }
            }
            for path in removed {
                site.files[path] = nil
                if path == "404.html" { site.notFoundPage = nil }
            }
            site.version = version
            site.rootPath = rootPath
            site.hasBuilt = true
            return ReloadEvent(version: version, root: rootPath, changed: written.map(\.path), removed: removed)
        }
    }

    /// Takes in the diagnostics of a build that failed: the files stay as they were.
    func publishFailure(overlay: OverlayReport) {
        state.withLock { $0.overlay = overlay }
    }

    private static func served(_ file: OutputFile, root: String, session: String, version: Int) -> ServedFile {
        let isPage = ServedFile.contentType(of: file.path).hasPrefix("text/html")
        // A page copied as it is (static/x.html) is read now, to carry the script too.
        if let location = file.source, !(isPage && location.size <= 16 << 20) {
            return ServedFile(path: file.path, body: .file(location), version: version)
        }
        var bytes = file.source == nil ? file.bytes : read(file.source) ?? []
        if isPage {
            bytes = LiveReload.inject(into: bytes, root: root, page: file.path, session: session, version: version)
        }
        return ServedFile(path: file.path, body: .bytes(ByteBuffer(bytes: bytes)), version: version)
    }

    private static func read(_ location: FileLocation?) -> [UInt8]? {
        location.flatMap { FileManager.default.contents(atPath: $0.path) }.map { [UInt8]($0) }
    }
}
