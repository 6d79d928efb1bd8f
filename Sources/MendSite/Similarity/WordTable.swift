/// A hash table from words (UTF-8 bytes) to small integers that needs no `String`
/// per lookup: the tokenizer's hot path looks up every word of every page here.
/// Open addressing with linear probing over FNV-1a hashes; entries are numbered in
/// insertion order, so nothing depends on hash order.
struct WordTable {
    /// Slot -> entry number + 1 (0: empty). The count is a power of two.
    private var slots = [Int32](repeating: 0, count: 1024)
    private var hashes: [UInt64] = []
    /// Entry `e`'s bytes are `bytes[starts[e]..<starts[e + 1]]`.
    private var starts: [Int] = [0]
    private var bytes: [UInt8] = []
    private var values: [Int32] = []

    /// The value stored for `word`, storing `make(word)` first if there is none.
    mutating func value(for word: UnsafeBufferPointer<UInt8>, orInsert make: (UnsafeBufferPointer<UInt8>) -> Int32) -> Int32 {
        let hash = Self.hash(word)
        var slot = slotIndex(hash)
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash && matches(entry, word) { return values[entry] }
            slot = (slot + 1) & (slots.count - 1)
        }
        let value = make(word)
        slots[slot] = Int32(values.count + 1)
        hashes.append(hash)
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        values.append(value)
        if values.count * 2 > slots.count { grow() }
        return value
    }
}

private extension WordTable {
    /// 64-bit FNV-1a.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// Fibonacci hashing: the top bits of `hash × 2^64/φ` pick the slot.
    func slotIndex(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slots.count.trailingZeroBitCount))
    }

    func matches(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry]
        guard starts[entry + 1] - start == word.count else { return false }
        for offset in 0..<word.count where bytes[start + offset] != word[offset] { return false }
        return true
    }

    mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for entry in hashes.indices {
            var slot = slotIndex(hashes[entry])
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(entry + 1)
        }
    }
}
