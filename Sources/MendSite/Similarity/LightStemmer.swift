/// Step 1 of the Porter stemmer (plurals, `-ed`, `-ing`, final `-y`), for
/// lowercase ASCII words: "relationships" → "relationship", "trusting" → "trust",
/// "apologies" and "apology" → "apologi", "hoping" and "hope" → "hope".
///
/// Deterministic and dependency-free. Two small departures from Porter: words
/// ending in "us" or "is" keep their "s" ("focus", "crisis"), and no rule may
/// leave fewer than three letters ("ties" stays "ties").
enum LightStemmer {
    /// The stem of `word`, given as lowercase ASCII letters (bytes).
    static func stem(_ word: inout [UInt8]) {
        guard word.count > 3 else { return }
        stripPlural(&word)
        stripPastOrGerund(&word)
        if word.count > 3, word.last == y, hasVowel(word, before: word.count - 1) {
            word[word.count - 1] = i
        }
    }
}

private extension LightStemmer {
    static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o")
    static let u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), s = UInt8(ascii: "s")
    static let minimumLength = 3

    /// Step 1a: sses → ss, ies → i, ss/us/is stay, s → "".
    static func stripPlural(_ word: inout [UInt8]) {
        if ends(word, "sses") || ends(word, "ies") {
            replaceSuffix(&word, length: 2, with: [])
        } else if ends(word, "ss") || ends(word, "us") || ends(word, "is") {
            return
        } else if ends(word, "s") {
            replaceSuffix(&word, length: 1, with: [])
        }
    }

    /// Step 1b: eed → ee (m > 0); ed, ing → "" when a vowel remains, then tidy up the stem.
    static func stripPastOrGerund(_ word: inout [UInt8]) {
        if ends(word, "eed") {
            if measure(word, upTo: word.count - 3) > 0 { replaceSuffix(&word, length: 1, with: []) }
            return
        }
        let length = ends(word, "ing") ? 3 : ends(word, "ed") ? 2 : 0
        guard length > 0, hasVowel(word, before: word.count - length),
              word.count - length >= minimumLength else { return }
        word.removeLast(length)
        if ends(word, "at") || ends(word, "bl") || ends(word, "iz") {
            word.append(e)
        } else if endsInDoubleConsonant(word), ![UInt8(ascii: "l"), s, UInt8(ascii: "z")].contains(word.last!) {
            if word.count - 1 >= minimumLength { word.removeLast() }
        } else if measure(word, upTo: word.count) == 1, endsConsonantVowelConsonant(word) {
            word.append(e)
        }
    }

    static func ends(_ word: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard word.count >= count else { return false }
        return suffix.withUTF8Buffer { word[(word.count - count)...].elementsEqual($0) }
    }

    static func replaceSuffix(_ word: inout [UInt8], length: Int, with replacement: [UInt8]) {
        guard word.count - length + replacement.count >= minimumLength else { return }
        word.replaceSubrange((word.count - length)..., with: replacement)
    }

    /// Porter's consonant: not a vowel, and "y" only when it follows a vowel (or starts the word).
    static func isConsonant(_ word: [UInt8], _ index: Int) -> Bool {
        switch word[index] {
        case a, e, i, o, u: return false
        case y: return index == 0 || !isConsonant(word, index - 1)
        default: return true
        }
    }

    static func hasVowel(_ word: [UInt8], before end: Int) -> Bool {
        (0..<end).contains { !isConsonant(word, $0) }
    }

    /// Porter's m: the number of vowel-consonant sequences in `word[..<end]`.
    static func measure(_ word: [UInt8], upTo end: Int) -> Int {
        var count = 0
        var previousWasVowel = false
        for index in 0..<end {
            let vowel = !isConsonant(word, index)
            if previousWasVowel && !vowel { count += 1 }
            previousWasVowel = vowel
        }
        return count
    }

    static func endsInDoubleConsonant(_ word: [UInt8]) -> Bool {
        let n = word.count
        return n >= 2 && word[n - 1] == word[n - 2] && isConsonant(word, n - 1)
    }

    /// Porter's *o: consonant-vowel-consonant at the end, the last not w, x or y.
    static func endsConsonantVowelConsonant(_ word: [UInt8]) -> Bool {
        let n = word.count
        guard n >= 3, isConsonant(word, n - 3), !isConsonant(word, n - 2), isConsonant(word, n - 1) else {
            return false
        }
        return ![UInt8(ascii: "w"), UInt8(ascii: "x"), y].contains(word[n - 1])
    }
}
