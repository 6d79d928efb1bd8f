/// A compiled template: a tree of nodes whose sections hold their own sub-trees.
///
/// The payloads of tags are classes: rendering visits every node of a page's templates,
/// and a class is one reference to retain where a struct's fields would each be one.
enum Node: Sendable {
    /// Literal bytes, already trimmed by the standalone-line rules: a slice of the template's
    /// source where the text is one piece of it, so that a compile copies no text.
    case text(ArraySlice<UInt8>)
    /// `{{name}}`, `{{{name}}}` or `{{& name}}`.
    case variable(Variable)
    /// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`.
    case section(Section)
    /// `{{>name}}` or `{{<name}}…{{/name}}`: another template expanded here.
    case inclusion(Inclusion)
    /// `{{$name}}…{{/name}}`: a place a parent's caller can fill.
    case block(Block)
}

/// A name as written in a tag: the implicit iterator `.` or dotted parts.
enum Path: Sendable, Equatable {
    case implicit
    case names([String])
}

/// How an inclusion names its template: fixed, or looked up in the data (`{{>*name}}`).
enum TemplateReference: Sendable {
    case fixed(String)
    case dynamic(Path, written: String)
}

final class Variable: Sendable {
    let path: Path
    let written: String
    let escaped: Bool
    let position: SourcePosition

    init(path: Path, written: String, escaped: Bool, position: SourcePosition) {
        self.path = path
        self.written = written
        self.escaped = escaped
        self.position = position
    }
}

final class Section: Sendable {
    let path: Path
    let written: String
    let inverted: Bool
    /// The opening tag shares its line with other content (see `Renderer.touch`).
    let touches: Bool
    let children: [Node]
    let position: SourcePosition

    init(path: Path, written: String, inverted: Bool, touches: Bool, children: [Node], position: SourcePosition) {
        self.path = path
        self.written = written
        self.inverted = inverted
        self.touches = touches
        self.children = children
        self.position = position
    }
}

final class Inclusion: Sendable {
    let reference: TemplateReference
    /// The tag stood alone on its line: its leading blanks indent every line of the template.
    let standalone: Bool
    let indentation: [UInt8]
    /// A parent tag's block arguments; empty for a partial.
    let blocks: [String: BlockContent]
    let position: SourcePosition

    init(reference: TemplateReference, standalone: Bool, indentation: [UInt8], blocks: [String: BlockContent], position: SourcePosition) {
        self.reference = reference
        self.standalone = standalone
        self.indentation = indentation
        self.blocks = blocks
        self.position = position
    }
}

final class Block: Sendable {
    let name: String
    /// Added to every line of whatever content fills the block.
    let indentation: [UInt8]
    /// The opening tag stood alone on its line, so the content starts a line.
    let startsLine: Bool
    let touches: Bool
    /// The default content.
    let children: [Node]
    let position: SourcePosition

    init(name: String, indentation: [UInt8], startsLine: Bool, touches: Bool, children: [Node], position: SourcePosition) {
        self.name = name
        self.indentation = indentation
        self.startsLine = startsLine
        self.touches = touches
        self.children = children
        self.position = position
    }
}

/// A block's content as a parent tag passes it, with the template it came from (for errors).
struct BlockContent: Sendable {
    let nodes: [Node]
    let templateName: String
}
