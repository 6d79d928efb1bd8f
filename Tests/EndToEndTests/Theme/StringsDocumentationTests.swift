import Foundation
@testable import MendSite
import Testing

/// The README's table of strings names every key of the built-in table, and no other.
@Suite("The strings table in the README")
struct StringsDocumentationTests {
    @Test func everyKeyIsDocumented() throws {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "### Strings and languages"))
        let section = readme[start.upperBound...]
        let end = section.range(of: "\n## ")?.lowerBound ?? section.endIndex
        let table = section[..<end].split(separator: "\n").filter { $0.hasPrefix("| `") }
        let documented = Set(table.flatMap { row in
            row.split(separator: "|").first.map { cell in cell.matches(of: /`([a-z_]+)`/).map { String($0.1) } } ?? []
        })
        let keys = Set(BuiltInStrings.english.map(\.key))
        #expect(keys.subtracting(documented).sorted() == [], "keys the README's table lacks")
        #expect(documented.subtracting(keys).sorted() == [], "keys the README's table has that the table does not")
        #expect(readme.contains("`months`"))
    }
}
