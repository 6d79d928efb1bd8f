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

    static func isDigitCharacter(_ character: Character?) -> Bool {
        guard let character, character.isASCII else { return false }
        return character.isNumber
    }
}

/// Groups of digits as they were written: `+44 20 7946 0958` is `+`, [44, 20, 7946, 0958], spaces.
private struct DigitRun {
    var plus = false
    var groups: [[Character]] = []
    /// Between each group and the next: the separator, or `)` for `(555)123`.
    var separators: [Character] = []
    /// Just after the run.
    var end = 0
    /// A `:` and a digit follow: the last group is an hour.
    var beforeTime = false
    /// A letter or digit follows: the run is part of a word or code.
    var inWord = false

    static let separatorCharacters: Set<Character> = [" ", "-", ".", "/", "\u{A0}", "\u{2011}"]

    init?(_ characters: [Character], from start: Int) {
        var index = start
        func at(_ offset: Int) -> Character? { offset < characters.count ? characters[offset] : nil }
        if at(index) == "+" { plus = true; index += 1 }
        while true {
            let opens = at(index) == "(" && PersonalData.isDigitCharacter(at(index + 1))
            var cursor = opens ? index + 1 : index
            var group: [Character] = []
            while PersonalData.isDigitCharacter(at(cursor)) { group.append(characters[cursor]); cursor += 1 }
            if group.isEmpty || (opens && at(cursor) != ")") { break }
            if opens { cursor += 1 }
            groups.append(group)
            index = cursor
            let separator = at(index).flatMap { Self.separatorCharacters.contains($0) ? $0 : nil }
            let next = index + (separator == nil ? 0 : 1)
            let continues = PersonalData.isDigitCharacter(at(next)) || (at(next) == "(" && PersonalData.isDigitCharacter(at(next + 1)))
            guard continues, separator != nil || opens || at(next) == "(" else { break }
            separators.append(separator ?? ")")
            index = next
        }
        guard !groups.isEmpty else { return nil }
        end = index
        beforeTime = at(index) == ":" && PersonalData.isDigitCharacter(at(index + 1))
        inWord = at(index).map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false
    }
}

private extension DigitRun {
    var isPhoneNumber: Bool {
        guard !inWord else { return false }
        var groups = groups, separators = separators
        if beforeTime, groups.count > 1 {
            groups.removeLast()
            separators.removeLast()
        }
        let lengths = groups.map(\.count)
        let digits = lengths.reduce(0, +)
        guard (7...15).contains(digits) else { return false }
        guard groups.count > 1 else { return plus || digits >= 10 }
        if Self.containsDate(lengths: lengths, values: groups.map { Int(String($0)) ?? 0 }, separators: separators) {
            return false
        }
        if !plus, groups.allSatisfy({ $0.count == 4 && (1000...2199).contains(Int(String($0)) ?? 0) }) { return false }
        if lengths.filter({ $0 == 1 }).count > 1 { return false }
        let sameSeparator = Set(separators).count == 1 ? separators.first : nil
        if sameSeparator == ".", groups.count == 2 { return false }
        if !plus, let separator = sameSeparator, separator == "." || separator == " " || separator == "\u{A0}",
           lengths.dropFirst().allSatisfy({ $0 == 3 }), lengths[0] <= 3, groups[0].first != "0",
           separator == "." || lengths[0] < 3 {
            return false  // 1.000.000, 12.500.000, 1 000 000
        }
        return true
    }

    /// Three groups in a row joined by the same `-`, `.` or `/` that read as year-month-day
    /// or day-month-year (either order of day and month).
    static func containsDate(lengths: [Int], values: [Int], separators: [Character]) -> Bool {
        guard lengths.count >= 3 else { return false }
        for first in 0...(lengths.count - 3) {
            let joiner = separators[first]
            guard joiner == separators[first + 1], joiner == "-" || joiner == "." || joiner == "/" else { continue }
            let (a, b, c) = (first, first + 1, first + 2)
            let smallPair = lengths[b] <= 2 && values[b] >= 1 && values[b] <= 31
            if lengths[a] == 4, smallPair, lengths[c] <= 2, values[c] >= 1, values[c] <= 31 { return true }
            if lengths[a] <= 2, values[a] >= 1, values[a] <= 31, smallPair, lengths[c] == 4 { return true }
        }
        return false
    }
}
