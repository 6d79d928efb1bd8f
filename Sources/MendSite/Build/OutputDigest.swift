/// A fingerprint of an output file's bytes, to tell whether a rebuild changed it without
/// keeping every output's bytes in memory: the length and two independent 64-bit hashes.
struct OutputDigest: Sendable, Hashable {
    let count: Int
    let first: Int
    let second: Int

    /// The digest of a file's bytes, or for a copied file, of where it lies and its size,
    /// modification time and identity.
    init(_ file: OutputFile) {
        guard let source = file.source else { self.init(file.bytes); return }
        var a = Hasher(), b = Hasher()
        a.combine(source)
        b.combine(0x636f_7079)
        b.combine(source)
        self.init(count: -1 - source.size, first: a.finalize(), second: b.finalize())
    }

    private init(count: Int, first: Int, second: Int) {
        self.count = count
        self.first = first
        self.second = second
    }

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
