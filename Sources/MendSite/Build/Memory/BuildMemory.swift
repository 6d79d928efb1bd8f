/// What a build keeps for the next one (``IncrementalBuild`` holds it): the parse results
/// by file, the compiled theme, the similar-posts index and lists, and what each output file was made
/// from. A build with an empty memory is a clean build.
public struct BuildMemory: Sendable {
    public internal(set) var parse = ParseMemory()
    var render = RenderMemory()
    var similarity: SimilarityMemory?

    public init() {}
}
