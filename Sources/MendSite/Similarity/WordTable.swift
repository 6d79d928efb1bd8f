/// Interns words given as UTF-8 bytes: numbers them 0, 1, 2, … in order of first
/// appearance, without making a `String` per lookup (the tokenizer's hot path
/// looks up every word of every page here). Open addressing with linear probing
/// over FNV-1a hashes; numbers never depend on the hash order.
struct WordTable {
    private struct Slot {
        /// The word's first eight bytes, zero-padded (words hold no zero byte), so
        /// most comparisons need no trip to `bytes`.
        var prefix: UInt64 = 0
        var hash: UInt32 = 0
        /// The word's number + 1; 0 marks an empty slot.
        var entry: Int32 = 0
    }

    /// The slot count is a power of two, at least twice the word count.
    private var slots = [Slot](repeating: Slot(), count: 4096)
    /// Word `w`'s bytes are `bytes[starts[w]..<starts[w + 1]]`.
    private var starts: [Int] = [0]
    private var bytes: [UInt8] = []

    /// The number of distinct words.
    var count: Int { starts.count - 1 }

    /// The number of `word`, a new one (`count` before the call) if it is new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (fullHash, prefix) = Self.hashAndPrefix(word)
        let hash = UInt32(truncatingIfNeeded: fullHash ^ (fullHash >> 32))
        var index = slotIndex(hash)
        while slots[index].entry != 0 {
            let slot = slots[index]
            if slot.hash == hash && slot.prefix == prefix
                && (word.count <= 8 || matches(Int(slot.entry) - 1, word)) {
                return slot.entry - 1
            }
            index = (index + 1) & (slots.count - 1)
        }
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        slots[index] = Slot(prefix: prefix, hash: hash, entry: Int32(count))
        if count * 2 > slots.count { grow() }
        return Int32(count - 1)
    }

    /// Calls `body` with the bytes of word number `number`.
    func withWord<Result>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[number]..<starts[number + 1]])) }
    }
}

private extension WordTable {
    /// The 64-bit FNV-1a hash of `word` and its first eight bytes.
    static func hashAndPrefix(_ word: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var prefix: UInt64 = 0
        for (offset, byte) in word.enumerated() {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            if offset < 8 { prefix |= UInt64(byte) << UInt64(8 * offset) }
        }
        return (hash, prefix)
    }

    /// Fibonacci hashing: the top bits of `hash × 2^64/φ` pick the slot.
    func slotIndex(_ hash: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(hash) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slots.count.trailingZeroBitCount))
    }

    func matches(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry]
        guard starts[entry + 1] - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            (0..<word.count).allSatisfy { stored[start + $0] == word[$0] }
        }
    }

    mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.entry != 0 {
            var index = slotIndex(slot.hash)
            while slots[index].entry != 0 { index = (index + 1) & (slots.count - 1) }
            slots[index] = slot
        }
    }
}
