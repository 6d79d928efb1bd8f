/// Collects the bytes of one word at a time for ``TextTokenizer``: word
/// characters are appended (lowercased), an apostrophe is held back until the
/// next word character shows it sits inside the word, anything else ends the word.
struct WordScanner {
    private var word: [UInt8] = []
    private var pendingApostrophe = false

    init() {
        word.reserveCapacity(32)
    }

    /// Whether no word is begun (and so no apostrophe held back either).
    var isEmpty: Bool { word.isEmpty }

    /// Appends an ASCII letter or digit, already lowercased.
    mutating func appendASCII(_ byte: UInt8) {
        if pendingApostrophe { word.append(Self.apostrophe) }
        pendingApostrophe = false
        word.append(byte)
    }

    /// Appends the UTF-8 form of a non-ASCII word character, already lowercased.
    mutating func append(_ scalar: Unicode.Scalar) {
        if pendingApostrophe { word.append(Self.apostrophe) }
        pendingApostrophe = false
        word.append(contentsOf: UTF8.encode(scalar)!)
    }

    /// An apostrophe: part of the word if a word character follows, else the word's end.
    mutating func apostrophe(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if word.isEmpty || pendingApostrophe {
            finish(body)
        } else {
            pendingApostrophe = true
        }
    }

    /// Ends the current word, handing it to `body` if there is one.
    mutating func finish(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if !word.isEmpty {
            word.withUnsafeBufferPointer(body)
            word.removeAll(keepingCapacity: true)
        }
        pendingApostrophe = false
    }

    /// The apostrophe a word keeps, whichever one the text used.
    static let apostrophe = UInt8(ascii: "'")
}
