public extension Template {
    /// The names of the partials and parents this template includes by a fixed name, in
    /// sections, blocks and the blocks it passes alike (not those of the templates it
    /// includes, nor dynamic names, `{{>*name}}`).
    var includedNames: Set<String> {
        var names: Set<String> = []
        Self.collectInclusions(nodes, into: &names)
        return names
    }
}

private extension Template {
    static func collectInclusions(_ nodes: [Node], into names: inout Set<String>) {
        for node in nodes {
            switch node {
            case .text, .variable: continue
            case .section(let section): collectInclusions(section.children, into: &names)
            case .block(let block): collectInclusions(block.children, into: &names)
            case .inclusion(let inclusion):
                if case .fixed(let name) = inclusion.reference { names.insert(name) }
                for content in inclusion.blocks.values { collectInclusions(content.nodes, into: &names) }
            }
        }
    }
}
