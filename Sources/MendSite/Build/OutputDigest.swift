/// A fingerprint of an output file's bytes, to tell whether a rebuild changed it without
/// keeping every output's bytes in memory: the length and two independent 64-bit hashes.
struct OutputDigest: Sendable, Hashable {
    let count: Int
    let first: Int
    let second: Int

    init(_ bytes: [UInt8]) {
        count = bytes.count
        var a = Hasher(), b = Hasher()
        a.combine(0x6d65_6e64)
        b.combine(0x7369_7465)
        bytes.withUnsafeBytes { buffer in
            a.combine(bytes: buffer)
            b.combine(bytes: buffer)
        }
        b.combine(count)
        first = a.finalize()
        second = b.finalize()
    }
}
