/// One edit to a site's sources, as a watcher or an editor reports it.
public enum SourceChange: Sendable, Equatable {
    /// A file was added or its bytes changed.
    case write(SourceFile)
    /// The file at this path is gone.
    case remove(String)
}
