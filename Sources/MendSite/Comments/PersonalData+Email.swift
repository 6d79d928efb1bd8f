extension PersonalData {
    /// Whether some `@` (or the full-width `＠`) has an address around it: a local part of
    /// letters, digits and `._%+-'`, and a domain of at least two dot-separated labels whose
    /// last is two or more letters (`sam@example.org`, `Sam.O'Neil+x@mail.example.co.uk`).
    static func containsEmailAddress(_ characters: [Character]) -> Bool {
        for index in characters.indices where characters[index] == "@" || characters[index] == "＠" {
            var start = index
            while start > 0, isLocalCharacter(characters[start - 1]) { start -= 1 }
            let local = characters[start..<index].drop { $0 == "." }
            guard !local.isEmpty else { continue }
            var end = index + 1
            while end < characters.count, isDomainCharacter(characters[end]) { end += 1 }
            let domain = String(characters[(index + 1)..<end]).split(separator: ".", omittingEmptySubsequences: false)
            let labels = trimmedLabels(domain)
            guard labels.count >= 2, !labels.contains(where: \.isEmpty),
                  let last = labels.last, last.count >= 2, last.allSatisfy(\.isLetter) else { continue }
            return true
        }
        return false
    }
}

private extension PersonalData {
    static func isLocalCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "._%+-'".contains(character)
    }

    static func isDomainCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "."
    }

    /// Without the empty labels a sentence's full stop leaves at the end (`sam@example.org.`).
    static func trimmedLabels(_ labels: [Substring]) -> [Substring] {
        var labels = labels
        while labels.last?.isEmpty == true { labels.removeLast() }
        return labels
    }
}
