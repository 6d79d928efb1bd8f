/// Reports the paths under a site's source folders that changed on disk, relative to the
/// site's folder (`content/posts/a.md`, or a folder: `content/posts`). It only reports paths:
/// what a change means is for ``SourceRefresh`` and the build to decide.
protocol SourceWatcher: Sendable {
    /// Starts watching; `report` is called from the watcher's own thread.
    func start(report: @escaping @Sendable (WatchedPaths) -> Void) throws
    func stop()
}
