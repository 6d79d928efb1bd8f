/// Groups of digits as they were written, for ``PersonalData``'s phone numbers:
/// `+44 20 7946 0958` is `+`, [44, 20, 7946, 0958], spaces.
struct DigitRun {
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

extension DigitRun {
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
