import Testing
@testable import MendSite

@Suite("Email addresses, as the comment form checks them")
struct EmailAddressTests {
    @Test("accepted", arguments: [
        "sam@example.org", "Sam.O'Neil+notes@mail.example.co.uk", "a@b.io", "x_y-z@sub-domain.example",
        "名前@例え.テスト", "a:b#\"c\"@example.org", String(repeating: "l", count: 64) + "@example.org",
    ])
    func accepted(address: String) {
        #expect(EmailAddress.problem(with: address) == nil)
        #expect(EmailAddress.isValid(address))
    }

    static let refusals: [(String, EmailAddress.Problem)] = [
        ("", .empty),
        ("not-an-email", .noAt),
        ("a@b@example.org", .severalAts),
        ("@example.org", .emptyLocalPart),
        ("sam@localhost", .domainWithoutDot),
        ("sam@", .emptyDomainLabel),
        ("sam@example..org", .emptyDomainLabel),
        ("sam@.example.org", .emptyDomainLabel),
        ("sam@example.org.", .emptyDomainLabel),
        ("sam @example.org", .blankOrControl),
        (" sam@example.org", .blankOrControl),
        ("sam@example.org\n", .blankOrControl),
        ("sam\u{0}@example.org", .blankOrControl),
        ("sam\u{202E}@example.org", .blankOrControl),
        ("sam@exa_mple.org", .badDomainCharacter),
        ("sam@-example.org", .badDomainCharacter),
        ("sam@example.org/x", .badDomainCharacter),
        ("sam@1.2.3.4", .topLevelWithoutLetter),
        (String(repeating: "l", count: 65) + "@example.org", .localPartTooLong),
        ("sam@" + String(repeating: "d", count: 64) + ".org", .domainLabelTooLong),
        ("sam@" + Array(repeating: String(repeating: "d", count: 60), count: 5).joined(separator: ".") + ".org", .tooLong),
    ]

    @Test("refused, with the reason", arguments: refusals)
    func refused(address: String, problem: EmailAddress.Problem) {
        #expect(EmailAddress.problem(with: address) == problem)
        #expect(!EmailAddress.isValid(address))
    }

    @Test func reasonsReadAsPhrases() {
        #expect(EmailAddress.Problem.noAt.description == "it has no '@'")
        #expect(EmailAddress.Problem.domainWithoutDot.description == "the domain after the '@' has no dot (example.org)")
    }
}
