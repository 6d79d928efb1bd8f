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

    public init() {
        keepsSite = false
    }

    init(keepingSite: Bool) {
        keepsSite = keepingSite
    }
}
