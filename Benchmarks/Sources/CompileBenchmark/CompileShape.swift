import MendTemplates

/// One kind of large template the compiler must handle in well under a second, with the
/// outcome it must have: compiled, or a ``TemplateError`` at an exact place.
struct CompileShape {
    enum Outcome: Equatable {
        case compiles
        case fails(line: Int, column: Int, kind: TemplateError.Kind)
    }

    let name: String
    /// What the generated source looks like, for the report.
    let summary: String
    let source: String
    let outcome: Outcome
    /// How many tags the source holds (for the report).
    let tags: Int
}

extension CompileShape.Outcome: CustomStringConvertible {
    var description: String {
        switch self {
        case .compiles: "compiles"
        case .fails(let line, let column, let kind): "error \(line):\(column) \(kind)"
        }
    }
}
