import Foundation
import Hummingbird
import Logging
import MendServe
import MendSite
import ServiceLifecycle

/// `mend serve`: binds the address, builds the site into memory (never touching `public/`)
/// with the preview's own addresses, serves it, and rebuilds on every change the watcher
/// reports, telling open pages to reload. Runs until SIGINT or SIGTERM (or until its task is
/// cancelled), then closes the browsers' event streams and stops watching.
///
/// ```swift
/// let server = PreviewServer(PreviewConfiguration(root: site), log: { print($0) })
/// try await server.run(handlingSignals: true)
/// ```
public final class PreviewServer: Sendable {
    public let configuration: PreviewConfiguration
    /// Below the root path: where comment forms post.
    public static let commentPath = LiveReload.folder + "/comments"
    let site = PreviewSite()
    let hub = ReloadHub()
    private let log: @Sendable (PreviewMessage) -> Void
    private let builder: Locked<PreviewBuilder?> = Locked(nil)
    private let watcher: Locked<(any SourceWatcher)?> = Locked(nil)

    public init(_ configuration: PreviewConfiguration, log: @escaping @Sendable (PreviewMessage) -> Void) {
        self.configuration = configuration
        self.log = log
    }

    /// Serves until shut down. `ready` is called with the site's address once the first
    /// build is done (whether it succeeded or not).
    /// - Throws: When the address cannot be bound (a port in use) or the sources cannot be watched.
    public func run(handlingSignals: Bool, ready: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        var logger = Logger(label: "mend-serve")
        logger.logLevel = .critical
        let responder = PreviewResponder(site: site, hub: hub, intake: CommentIntake(store: CommentStore(root: configuration.root)),
                                         checksHost: configuration.isLoopback)
        let app = Application(
            responder: responder,
            server: .http1(configuration: .init(idleTimeout: .seconds(60))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil, backlog: 1024),
            onServerRunning: { [self] channel in self.begin(port: channel.localAddress?.port ?? self.configuration.port, ready: ready) },
            logger: logger)
        let service = PreviewService(app: app, stop: { [self] in self.stop() })
        defer { stop() }
        let group = ServiceGroup(configuration: .init(services: [.init(service: service)],
                                                      gracefulShutdownSignals: handlingSignals ? [.sigterm, .sigint] : [],
                                                      logger: logger))
        // Cancelling this task shuts the server down gracefully, as a signal does: cancelling
        // the server itself would trap in SwiftNIO while accepted connections are still queued
        // ("Deinited NIOAsyncWriter without calling finish()"). So the group runs in a task of
        // its own, which is cancelled only if the graceful shutdown takes over 5 seconds.
        let running = Task { try await group.run() }
        try await withTaskCancellationHandler {
            try await running.value
        } onCancel: {
            Task {
                await group.triggerGracefulShutdown()
                try? await Task.sleep(for: .seconds(5))
                running.cancel()
            }
        }
    }

    /// The site's address, once the server listens: `http://127.0.0.1:4000/blog/`.
    public var address: String? {
        let snapshot = site.snapshot
        return snapshot.origin.isEmpty ? nil : snapshot.origin + snapshot.rootPath
    }
}

private extension PreviewServer {
    /// Once bound: the addresses are known, so the first build can start, then watching.
    func begin(port: Int, ready: @escaping @Sendable (String) -> Void) {
        let origin = configuration.origin(port: port)
        site.listen(at: origin)
        var options = configuration.options
        options.baseURL = nil
        options.preview = PreviewAddress(origin: origin, commentPath: Self.commentPath)
        let builder = PreviewBuilder(root: configuration.root, options: options, site: site, hub: hub, log: log)
        self.builder.withLock { $0 = builder }
        log(.listening(address: origin))
        let watcher = startWatching(into: builder.queue)
        self.watcher.withLock { $0 = watcher }
        builder.start { [self] in ready(self.address ?? origin + "/") }
        Task { [hub] in
            while !Task.isCancelled && !hub.isClosed {
                try? await Task.sleep(for: .seconds(15))
                hub.send(ServerSentEvent.keepAlive)
            }
        }
    }

    func startWatching(into queue: ChangeQueue) -> any SourceWatcher {
        let root = configuration.root.path
        #if canImport(Glibc)
        if !configuration.polling {
            let inotify = InotifyWatcher(root: root)
            do {
                try inotify.start { queue.add($0) }
                return inotify
            } catch {
                log(.polling(reason: "\(error)"))
            }
        }
        #endif
        let polling = PollingWatcher(root: root)
        try? polling.start { queue.add($0) }
        return polling
    }

    func stop() {
        hub.close()
        watcher.withLock { $0?.stop() }
        builder.withLock { $0?.stop() }
    }
}

/// The server as a service: on graceful shutdown (SIGINT, SIGTERM) the event streams are
/// closed first, so the server's wait for open requests ends.
private struct PreviewService<App: ApplicationProtocol>: Service {
    let app: App
    let stop: @Sendable () -> Void

    func run() async throws {
        try await withGracefulShutdownHandler {
            try await app.run()
        } onGracefulShutdown: {
            stop()
        }
    }
}
