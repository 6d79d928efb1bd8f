/// What a build keeps for the next one (``IncrementalBuild`` holds it): the parse results
/// by file, the compiled theme, the similar-posts index and lists, and what each output file was made
/// from. A build with an empty memory is a clean build.
public struct BuildMemory: Sendable {
    public internal(set) var parse = ParseMemory()
    var render = RenderMemory()
    var similarity: SimilarityMemory?
    /// The last successful build's site by position, for edits that move nothing; kept
    /// only when asked for (an ``IncrementalBuild``), since a single build never needs it.
    var site: SiteMemory?
    let keepsSite: Bool
    /// Whether a later build will start from it: a single build (``SiteBuilder/build(_:observe:)``)
    /// keeps nothing that only an update would use, such as every page's term counts.
    let keepsForLaterBuilds: Bool

    public init() {
        keepsSite = false
        keepsForLaterBuilds = true
    }

    init(keepingSite: Bool) {
        keepsSite = keepingSite
        keepsForLaterBuilds = true
    }

    private init(forOneBuild: Void) {
        keepsSite = false
        keepsForLaterBuilds = false
    }

    /// The memory of a single build, which no other build reads.
    static func oneBuild() -> BuildMemory { BuildMemory(forOneBuild: ()) }
}
