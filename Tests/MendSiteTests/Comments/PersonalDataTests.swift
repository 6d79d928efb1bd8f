import Testing
@testable import MendSite

@Suite("Personal data in comment text")
struct PersonalDataTests {
    @Test("email addresses are found", arguments: [
        "write to sam@example.org", "Sam.O'Neil+x@mail.example.co.uk.", "<sam@example.org>", "(mailto:sam@example.org)",
        "SAM@EXAMPLE.ORG, thanks", "名前@例え.テスト", "sam＠example.org",
    ])
    func emails(text: String) {
        #expect(PersonalData.find(in: text) == [.emailAddress])
    }

    @Test("phone numbers in common international formats are found", arguments: [
        "+44 20 7946 0958", "call +1 (555) 123-4567 tonight", "(555) 123-4567", "555-123-4567", "555.123.4567",
        "+33 1 23 45 67 89", "06 12 34 56 78", "06.12.34.56.78", "+49 30 12345678", "0049 30 1234567",
        "+81-3-1234-5678", "+91 98765 43210", "07700 900123", "+447700900123", "07700900123", "030/1234567",
        "+61 2 9876 5432", "555 1234", "tel: +1-800-555-0199.", "(555)123-4567", "+1\u{A0}555\u{A0}123\u{A0}4567",
    ])
    func phones(text: String) {
        #expect(PersonalData.find(in: text) == [.phoneNumber], "\(text)")
    }

    @Test("ordinary text is not personal data", arguments: [
        "2024-05-01", "on 01/05/2024 and 1.5.2024", "2024-05-01 10:30", "2024-05-01T10:30:00Z", "at 10:30 or 9:45 pm",
        "in 1999", "in 2019 and 2020", "1990-2005", "2019 2020 2021", "5 steps", "1,000", "1,000,000 people",
        "1.000.000", "1 000 000", "12.500.000", "3.14159265", "192.168.1.1", "steps 1 2 3 4 5 6 7",
        "$1,234.56", "version 10.15.7", "ISBN 978-3-16-148410-0", "step 3 of 12, 45 minutes", "1234567",
        "an @ sign", "me@home", "at example.org", "room 101", "2024-05-01 2024-06-01", "a1b2c3d4e5f6",
        "order #12345678", "x@y.z",
    ])
    func ordinaryText(text: String) {
        #expect(PersonalData.find(in: text).isEmpty, "\(text)")
    }

    @Test func bothAreFoundInOrder() {
        #expect(PersonalData.find(in: "+44 20 7946 0958 or sam@example.org") == [.emailAddress, .phoneNumber])
        #expect(PersonalData.allCases.map(\.label) == ["contains an email address", "contains a phone number"])
    }

    @Test("a comment's name and message are searched, not its private email field")
    func commentFields() {
        func make(name: String, message: String) -> MendSite.Comment {
            MendSite.Comment(id: "c", parent: nil, name: name, email: "private@example.org", url: nil,
                             date: ContentDate("2024-05-01")!, message: message, status: .pending, pagePath: "posts/a",
                             path: "content/comments/posts/a/c.yml", parentLocation: nil)
        }
        #expect(make(name: "Sam", message: "Thanks").personalData.isEmpty)
        #expect(make(name: "sam@example.org", message: "Thanks").personalData == [.emailAddress])
        #expect(make(name: "Sam", message: "Ring 020 7946 0958").personalData == [.phoneNumber])
    }
}
