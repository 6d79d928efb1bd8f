import Testing
@testable import MendSite

@Suite("Plural forms by language")
struct PluralCategoryTests {
    @Test(arguments: [
        ("en", [0: PluralCategory.other, 1: .one, 2: .other, 11: .other, 21: .other]),
        ("en-GB", [1: .one, 5: .other]),
        ("fr", [0: .one, 1: .one, 2: .other, 1_000_000: .many]),
        ("pt-BR", [0: .one, 1: .one, 2: .other]),
        ("pt-PT", [0: .other, 1: .one, 2: .other]),
        ("de", [0: .other, 1: .one, 2: .other]),
        ("ru", [1: .one, 2: .few, 4: .few, 5: .many, 11: .many, 12: .many, 21: .one, 22: .few, 25: .many, 111: .many]),
        ("uk", [31: .one, 33: .few, 35: .many]),
        ("pl", [1: .one, 2: .few, 5: .many, 12: .many, 21: .many, 22: .few]),
        ("cs", [1: .one, 3: .few, 5: .other]),
        ("ar", [0: .zero, 1: .one, 2: .two, 3: .few, 11: .many, 100: .other, 103: .few]),
        ("ja", [0: .other, 1: .other, 2: .other]),
        ("lv", [0: .zero, 1: .one, 11: .zero, 21: .one, 2: .other]),
        ("xx", [1: .one, 2: .other]),
    ])
    func categories(language: String, expected: [Int: PluralCategory]) {
        for (count, category) in expected {
            #expect(PluralCategory.of(count, language: language) == category, "\(language) \(count)")
        }
    }
}
