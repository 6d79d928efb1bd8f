@testable import MendSite
import Testing

@Suite("Slugs")
struct SlugTests {
    @Test func examples() {
        #expect(Slug.make("Professional Support") == "professional-support")
        #expect(Slug.make("Trust & Safety") == "trust-safety")
        #expect(Slug.make("  --Hello,\r\nWorld--  ") == "hello-world")
        #expect(Slug.make("snake_case 2024") == "snake_case-2024")
        #expect(Slug.make("Café au lait") == "café-au-lait")
        #expect(Slug.isValid("a-b-c") && !Slug.isValid("a--b") && !Slug.isValid("-a") && !Slug.isValid("A") && !Slug.isValid(""))
    }

    /// The byte-by-byte path for ASCII gives what the character-by-character rule gives.
    @Test func asciiFastPathAgreesWithTheCharacterRule() throws {
        var random = SplitMix64(seed: 77)
        for _ in 0..<20_000 {
            let length = random.below(24)
            let text = String(decoding: (0..<length).map { _ in UInt8(random.below(128)) }, as: UTF8.self)
            let fast = try #require(Slug.makeASCII(text))
            #expect(fast == Slug.makeFromCharacters(text), "\(Array(text.utf8))")
        }
        #expect(Slug.makeASCII("café") == nil)
    }
}
