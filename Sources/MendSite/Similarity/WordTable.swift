/// Interns words given as UTF-8 bytes: numbers them 0, 1, 2, … in order of first
/// appearance, without making a `String` per lookup (the tokenizer's hot path
/// looks up every word of every page here). Open addressing with linear probing;
/// numbers never depend on the hash order.
///
/// A slot is eight bytes (hash and number), so more of them share a cache line: the
/// probe's first read is the lookup's one likely cache miss. A word's first eight bytes
/// sit in a dense array by number, where the commonest words (numbered first) stay cached.
struct WordTable {
    /// `hash << 32 | (number + 1)`; 0 marks an empty slot. The slot count is a power of
    /// two, at least twice the word count.
    private var slots = [UInt64](repeating: 0, count: 4096)
    /// Word `w`'s first eight bytes, zero-padded (words hold no zero byte).
    private var prefixes: [UInt64] = []
    /// Word `w`'s bytes are `bytes[starts[w]..<starts[w + 1]]`.
    private var starts: [Int] = [0]
    private var bytes: [UInt8] = []

    /// The number of distinct words.
    var count: Int { starts.count - 1 }

    /// The number of `word`, a new one (`count` before the call) if it is new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        intern(word, prefix: Self.prefix(of: word))
    }

    /// ``intern(_:)`` with the word's ``prefix(of:)`` given (the tokenizer has it at hand).
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> Int32 {
        let hash = Self.hash(word, prefix: prefix)
        let mask = slots.count - 1
        var index = slotIndex(hash)
        let found: Int32? = slots.withUnsafeBufferPointer { slots in
            prefixes.withUnsafeBufferPointer { prefixes in
                while true {
                    let slot = slots[index]
                    if slot == 0 { return nil }
                    if UInt32(truncatingIfNeeded: slot >> 32) == hash {
                        let number = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                        // Below eight bytes the zero padding makes equal prefixes equal words.
                        if prefixes[number] == prefix && (word.count < 8 || matches(number, word)) { return Int32(number) }
                    }
                    index = (index + 1) & mask
                }
            }
        }
        if let found { return found }
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        prefixes.append(prefix)
        slots[index] = UInt64(hash) << 32 | UInt64(count)
        if count * 2 > slots.count { grow() }
        return Int32(count - 1)
    }

    /// Calls `body` with the bytes of word number `number`.
    func withWord<Result>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[number]..<starts[number + 1]])) }
    }
}

extension WordTable {
    /// A word's first eight bytes, the first in the lowest byte, zero-padded.
    static func prefix(of word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        chunk(word, from: 0)
    }
}

private extension WordTable {
    /// A 32-bit hash of `word` (whose ``prefix(of:)`` is `prefix`), mixing it eight bytes at a time.
    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> UInt32 {
        var hash = (prefix ^ UInt64(word.count)) &* 0x9E37_79B9_7F4A_7C15
        var offset = 8
        while offset < word.count {
            hash = (hash ^ (hash >> 29) ^ chunk(word, from: offset)) &* 0xBF58_476D_1CE4_E5B9
            offset += 8
        }
        hash ^= hash >> 32
        return UInt32(truncatingIfNeeded: hash)
    }

    /// Up to eight bytes of `word` from `offset`, the first in the lowest byte, zero-padded.
    static func chunk(_ word: UnsafeBufferPointer<UInt8>, from offset: Int) -> UInt64 {
        guard let base = word.baseAddress else { return 0 }
        if word.count - offset >= 8 {
            return UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        }
        var value: UInt64 = 0
        for position in offset..<word.count { value |= UInt64(base[position]) << UInt64(8 * (position - offset)) }
        return value
    }

    /// Fibonacci hashing: the top bits of `hash × 2^64/φ` pick the slot.
    func slotIndex(_ hash: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(hash) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slots.count.trailingZeroBitCount))
    }

    func matches(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number]
        guard starts[number + 1] - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            (0..<word.count).allSatisfy { stored[start + $0] == word[$0] }
        }
    }

    mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot != 0 {
            var index = slotIndex(UInt32(truncatingIfNeeded: slot >> 32))
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }
}
