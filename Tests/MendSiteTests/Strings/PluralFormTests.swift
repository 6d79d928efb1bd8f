import Testing
@testable import MendSite

@Suite("Plural forms by language")
struct PluralFormTests {
    @Test(arguments: [
        ("en", [0: PluralForm.other, 1: .one, 2: .other, 11: .other, 21: .other]),
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
        ("ro", [0: .few, 1: .one, 2: .few, 19: .few, 20: .other, 101: .few, 120: .other]),
        ("hi", [0: .one, 1: .one, 2: .other]),
        ("hy", [0: .one, 1: .one, 1_000_000: .other]),
        ("xx", [1: .one, 2: .other]),
    ])
    func categories(language: String, expected: [Int: PluralForm]) {
        for (count, category) in expected {
            #expect(PluralForm.category(of: count, language: language) == category, "\(language) \(count)")
        }
    }
}
