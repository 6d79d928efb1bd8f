/// Progress of a build, for the CLI to time and print; the core keeps no clock.
public enum BuildEvent: Sendable, Equatable {
    /// A stage begins: `configure`, `parse`, `derive`, `render`.
    case started(String)
    /// A stage ends, with what it did ("14 pages").
    case finished(String, detail: String)

    /// The stages ``SiteBuilder`` runs, in order.
    public static let stages = ["configure", "parse", "derive", "render"]
}
