@testable import MendSite
import Testing

@Suite("Similar posts: word table")
struct WordTableTests {
    private func intern(_ word: String, into table: inout WordTable) -> Int32 {
        Array(word.utf8).withUnsafeBufferPointer { table.intern($0) }
    }

    private func word(_ number: Int, in table: WordTable) -> String {
        table.withWord(number) { String(decoding: $0, as: UTF8.self) }
    }

    @Test func numbersWordsInOrderOfFirstAppearance() {
        var table = WordTable()
        let numbers = ["trust", "heal", "trust", "listen", "heal"].map { intern($0, into: &table) }
        #expect(numbers == [0, 1, 0, 2, 1])
        #expect(table.count == 3)
        #expect((0..<3).map { word($0, in: table) } == ["trust", "heal", "listen"])
    }

    /// The first eight bytes decide most comparisons: words that share them, or where one is
    /// those eight bytes alone, must still be told apart.
    @Test func wordsSharingTheirFirstEightBytesStayApart() {
        var table = WordTable()
        let words = ["trustwor", "trustworthy", "trustworthiness", "trustwort", "trustwo", "trustworthy"]
        let numbers = words.map { intern($0, into: &table) }
        #expect(numbers == [0, 1, 2, 3, 4, 1])
        #expect((0..<5).map { word($0, in: table) } == Array(words.prefix(5)))
    }

    @Test func keepsEveryNumberAsTheTableGrows() {
        var table = WordTable()
        let words = (0..<20_000).map { "w\($0)x" }
        #expect(words.map { intern($0, into: &table) } == (0..<20_000).map(Int32.init))
        // Asked again after many growths, in another order: the same numbers, nothing new.
        #expect(words.reversed().map { intern($0, into: &table) } == (0..<20_000).reversed().map(Int32.init))
        #expect(table.count == 20_000)
    }

    @Test func aGivenPrefixIsTheOneItComputes() {
        var table = WordTable()
        for text in ["a", "abcdefgh", "abcdefghi", "日本語"] {
            let bytes = Array(text.utf8)
            let computed = bytes.withUnsafeBufferPointer { WordTable.prefix(of: $0) }
            let expected = bytes.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
            #expect(computed == expected, "\(text)")
            let number = bytes.withUnsafeBufferPointer { table.intern($0, prefix: computed) }
            #expect(intern(text, into: &table) == number)
        }
    }
}
