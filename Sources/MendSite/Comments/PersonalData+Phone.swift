extension PersonalData {
    /// Whether some run of digits reads as a phone number: 7 to 15 digits (ITU E.164), in
    /// groups joined by one space, `-`, `.` or `/`, a group possibly in parentheses, perhaps
    /// after a `+` (`+44 20 7946 0958`, `(555) 123-4567`, `06 12 34 56 78`, `+81-3-1234-5678`).
    ///
    /// Not phone numbers: a date anywhere in the run (`2024-05-01`, `1/5/2024`), the hour
    /// before a `:` (`2024-05-01 10:30`), years (`1990-2005`, `2019 2020`), numbers grouped in
    /// thousands (`1.000.000`, `1 000 000`; commas never join groups), decimals (`3.14159265`),
    /// runs of single digits (`1 2 3 4 5 6 7`), and a run of fewer than 10 digits without
    /// separators or `+`.
    static func containsPhoneNumber(_ characters: [Character]) -> Bool {
        var index = 0
        while index < characters.count {
            guard startsRun(characters, at: index), let run = DigitRun(characters, from: index) else {
                index += 1
                continue
            }
            if run.isPhoneNumber { return true }
            index = max(run.end, index + 1)
        }
        return false
    }
}

private extension PersonalData {
    static func startsRun(_ characters: [Character], at index: Int) -> Bool {
        if index > 0 {
            let before = characters[index - 1]
            if before.isLetter || before.isNumber || before == "_" || before == "@" || before == "+" { return false }
        }
        return isDigitCharacter(characters[index]) || characters[index] == "+" || characters[index] == "("
    }

}

extension PersonalData {
    /// An ASCII digit.
    static func isDigitCharacter(_ character: Character?) -> Bool {
        guard let character, character.isASCII else { return false }
        return character.isNumber
    }
}
