/// A small scanner over the characters of a date, for ``ContentDate``.
struct DateScanner {
    private let characters: [Character]
    private var index = 0

    init(_ text: String) {
        characters = Array(text)
    }

    var isAtEnd: Bool { index == characters.count }

    mutating func skip(_ character: Character) -> Bool {
        guard index < characters.count, characters[index] == character else { return false }
        index += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= characters.count else { return nil }
        var value = 0
        for character in characters[index..<index + digits] {
            guard let digit = character.wholeNumberValue, character.isASCII else { return nil }
            value = value * 10 + digit
        }
        index += digits
        return value
    }

    /// `HH:MM` or `HH:MM:SS` (fractions of a second are dropped) as seconds since midnight.
    mutating func time() -> Int? {
        guard let hours = number(digits: 2), hours < 24, skip(":"), let minutes = number(digits: 2), minutes < 60
        else { return nil }
        var seconds = 0
        if skip(":") {
            guard let value = number(digits: 2), value < 60 else { return nil }
            seconds = value
            if skip(".") { while number(digits: 1) != nil {} }
        }
        return hours * 3600 + minutes * 60 + seconds
    }

    /// `Z`, `+02:00`, `-0530` or nothing (UTC), as minutes east of UTC.
    mutating func zone() -> Int? {
        if isAtEnd || skip("Z") || skip("z") { return 0 }
        let sign: Int
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = number(digits: 2), hours <= 14 else { return nil }
        _ = skip(":")
        guard let minutes = number(digits: 2), minutes < 60 else { return nil }
        return sign * (hours * 60 + minutes)
    }
}
