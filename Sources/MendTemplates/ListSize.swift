/// The longest list a render looped over: named in the error when a render grows past its
/// limits, so the writer can tell what grew (`page.comments.threads`, 21,000 items).
public struct ListSize: Sendable, Equatable {
    /// The section's name as written (`page.comments.threads`).
    public let name: String
    public let count: Int
    /// Where the section is: the template and its 1-based line and column.
    public let templateName: String
    public let line: Int
    public let column: Int

    public init(name: String, count: Int, templateName: String, line: Int, column: Int) {
        self.name = name
        self.count = count
        self.templateName = templateName
        self.line = line
        self.column = column
    }

    /// "the longest list is 'page.comments.threads', 21000 items (templates/….mustache:6:5)".
    var phrase: String {
        "the longest list is '\(name)', \(count) items (\(templateName):\(line):\(column))"
    }
}
