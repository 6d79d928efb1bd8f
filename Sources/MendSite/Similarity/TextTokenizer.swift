/// Turns a page's plain text into the terms its TF-IDF vector counts.
///
/// Words are runs of Unicode letters, combining marks and digits, lowercased; an
/// apostrophe (`'`, `’` or `ʼ`) between two word characters stays inside the word
/// as `'`. A term is a word without a possessive `'s`, at least three characters
/// long, not an English stop word, and, when it is plain ASCII letters, reduced by
/// ``LightStemmer``. Scripts written without spaces (Chinese, Japanese, Thai) are
/// not segmented: each unbroken run is one word.
enum TextTokenizer {
    /// The terms of `text`, in reading order, repeats included.
    static func terms(in text: String) -> [String] {
        var terms: [String] = []
        forEachWord(in: text) { word in
            if let term = term(forWord: word) { terms.append(term) }
        }
        return terms
    }

    /// Calls `body` with the UTF-8 bytes of each lowercased word of `text`, in order
    /// (valid only during the call): the first half of ``terms(in:)``, split off so
    /// callers can normalize each distinct word once.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachPrefixedWord(in: text) { word, _ in body(word) }
    }

    /// ``forEachWord(in:_:)``, also giving each word's ``WordTable/prefix(of:)``, which the
    /// scan has at hand for most words (``WordTable/intern(_:prefix:)`` takes it).
    static func forEachPrefixedWord(in text: String, _ body: (_ word: UnsafeBufferPointer<UInt8>, _ prefix: UInt64) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var scanner = WordScanner()
            func finish(_ word: UnsafeBufferPointer<UInt8>) { body(word, WordTable.prefix(of: word)) }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if scanner.isEmpty && isLowercaseOrDigit(byte) {
                    // Most words are lowercase ASCII between plain separators: handed over
                    // where they lie in the text, not copied a byte at a time, and found
                    // eight bytes at a time, those bytes being the word's prefix.
                    var end = index + 1
                    var prefix: UInt64?
                    if index + 8 <= bytes.count {
                        let chunk = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                        let outside = bytesOutsideWords(chunk)
                        let length = outside == 0 ? 8 : outside.trailingZeroBitCount / 8
                        end = index + length
                        prefix = length == 8 ? chunk : chunk & (UInt64.max >> UInt64(64 - 8 * length))
                        if length == 8 {
                            while end < bytes.count && isLowercaseOrDigit(bytes[end]) { end += 1 }
                        }
                    } else {
                        while end < bytes.count && isLowercaseOrDigit(bytes[end]) { end += 1 }
                    }
                    if end == bytes.count || isPlainSeparator(bytes[end]) {
                        let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
                        body(word, prefix ?? WordTable.prefix(of: word))
                        index = end + 1  // a plain separator after a word does nothing more
                    } else {
                        for byte in bytes[index..<end] { scanner.appendASCII(byte) }
                        index = end
                    }
                } else if byte < 0x80 {
                    switch byte {
                    case 0x61...0x7A, 0x30...0x39: scanner.appendASCII(byte)
                    case 0x41...0x5A: scanner.appendASCII(byte | 0x20)
                    case 0x27: scanner.apostrophe(finish)
                    default: scanner.finish(finish)
                    }
                    index += 1
                } else {
                    let (scalar, length) = decodeScalar(bytes, at: index)
                    scan(scalar, into: &scanner, finish)
                    index += length
                }
            }
            scanner.finish(finish)
        }
    }

    /// The term a lowercased word counts as, or `nil` when it does not count.
    static func term(forWord word: UnsafeBufferPointer<UInt8>) -> String? {
        var bytes = Array(word)
        if bytes.count > 2, bytes[bytes.count - 2] == apostrophe, bytes.last == UInt8(ascii: "s") {
            bytes.removeLast(2)
        }
        guard bytes.count >= minimumLength else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        let isASCII = bytes.allSatisfy { $0 < 0x80 }
        guard isASCII || text.count >= minimumLength, !EnglishStopWords.contains(text) else { return nil }
        guard bytes.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return text }
        LightStemmer.stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension TextTokenizer {
    /// The high bit of each byte of `chunk` (eight bytes of text) that is not a lowercase
    /// ASCII letter or digit, all at once: each byte's low seven bits plus an offset
    /// reach 0x80 exactly when they are at least a bound, with no carry into the next byte.
    static func bytesOutsideWords(_ chunk: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low = chunk & ~high
        let letter = (low &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(low &+ 0x0505_0505_0505_0505)  // 0x61...0x7A
        let digit = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)   // 0x30...0x39
        return ~((letter | digit) & ~chunk) & high
    }
}

private extension TextTokenizer {
    static let apostrophe = WordScanner.apostrophe
    /// Shorter words (in characters) are dropped.
    static let minimumLength = 3

    static func isLowercaseOrDigit(_ byte: UInt8) -> Bool {
        byte &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// An ASCII byte that ends a word and is nothing else: not a letter, a digit or an apostrophe.
    static func isPlainSeparator(_ byte: UInt8) -> Bool {
        byte < 0x80 && !isLowercaseOrDigit(byte) && byte &- 0x41 >= 26 && byte != 0x27
    }

    /// A non-ASCII scalar: letters are lowercased, marks and digits kept, the
    /// typographic apostrophes (’ ʼ) are apostrophes, anything else separates.
    static func scan(_ scalar: Unicode.Scalar, into scanner: inout WordScanner, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if scalar == "\u{2019}" || scalar == "\u{02BC}" { return scanner.apostrophe(body) }
        let properties = scalar.properties
        if properties.isAlphabetic {
            for lowercase in properties.lowercaseMapping.unicodeScalars { scanner.append(lowercase) }
            return
        }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: scanner.append(scalar)
        default: scanner.finish(body)
        }
    }

    /// The scalar starting at `index` of valid UTF-8 (as every String is) and its length in bytes.
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0x7F >> UInt32(length))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
