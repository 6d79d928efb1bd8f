import Testing
@testable import MendSite

@Suite("A comment file's declared status")
struct DeclaredStatusTests {
    static let cases: [(text: String, status: DeclaredStatus)] = [
        ("name: A\nstatus: pending\n", .declared(.pending)),
        ("name: A\nstatus: SPAM\n", .declared(.spam)),
        ("name: A\nstatus: \"approved\"\n", .declared(.approved)),
        ("name: A\n", .missing),
        ("name: A\nstatus:\n", .missing),
        ("name: A\nstatus: ~\n", .missing),
        ("name: A\nstatus: maybe\n", .unreadable),
        ("name: A\nstatus: [spam]\n", .unreadable),
        // Broken YAML: the unindented status lines decide.
        ("name: [unclosed\nstatus: spam   # by the moderator\n", .declared(.spam)),
        ("name: [unclosed\n'status': 'pending'\r\n", .declared(.pending)),
        ("name: [unclosed\nstatus: spam\nstatus: approved\n", .unreadable),
        ("name: [unclosed\nstatus: spam\nstatus: spam\n", .declared(.spam)),
        ("name: [unclosed\nmessage: |\n  status: spam\n", .missing),
        ("name: [unclosed\nstatuses: spam\n", .missing),
        ("name: [unclosed\nstatus: later\n", .unreadable),
        // A byte order mark before the first line does not hide its status.
        ("\u{FEFF}status: spam\nname: A\n", .declared(.spam)),
        ("\u{FEFF}status: spam\nname: [unclosed\n", .declared(.spam)),
        ("\u{FEFF}'status': pending\r\nname: [unclosed\r\n", .declared(.pending)),
    ]

    @Test("read from valid and broken YAML", arguments: cases)
    func reads(text: String, status: DeclaredStatus) {
        #expect(DeclaredStatus.read(from: text) == status)
    }

    @Test func onlyPendingAndSpamAreUnpublished() {
        #expect(DeclaredStatus.declared(.pending).isUnpublished && DeclaredStatus.declared(.spam).isUnpublished)
        #expect(!DeclaredStatus.declared(.approved).isUnpublished)
        #expect(!DeclaredStatus.missing.isUnpublished && !DeclaredStatus.unreadable.isUnpublished)
    }
}
