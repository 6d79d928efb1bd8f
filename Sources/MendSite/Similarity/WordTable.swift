/// A hash table from words (UTF-8 bytes) to small integers that needs no `String`
/// per lookup: the tokenizer's hot path looks up every word of every page here.
/// Open addressing with linear probing over FNV-1a hashes; nothing depends on the
/// hash order.
struct WordTable {
    private struct Slot {
        var hash: UInt64 = 0
        /// The entry's number + 1; 0 marks an empty slot.
        var entry: Int32 = 0
        var value: Int32 = 0
    }

    /// The slot count is a power of two, at least twice the entry count.
    private var slots = [Slot](repeating: Slot(), count: 1024)
    /// Entry `e`'s bytes are `bytes[starts[e]..<starts[e + 1]]`.
    private var starts: [Int] = [0]
    private var bytes: [UInt8] = []

    /// The value stored for `word`, storing `make(word)` first if there is none.
    mutating func value(for word: UnsafeBufferPointer<UInt8>, orInsert make: (UnsafeBufferPointer<UInt8>) -> Int32) -> Int32 {
        let hash = Self.hash(word)
        var index = slotIndex(hash)
        while slots[index].entry != 0 {
            if slots[index].hash == hash && matches(Int(slots[index].entry) - 1, word) { return slots[index].value }
            index = (index + 1) & (slots.count - 1)
        }
        let value = make(word)
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        slots[index] = Slot(hash: hash, entry: Int32(starts.count - 1), value: value)
        if starts.count * 2 > slots.count { grow() }
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
