/// The check before timing: both engines render the page once and the outputs are compared.
enum OutputCheck {
    /// Prints both byte counts and, when the outputs differ, where they first do.
    /// Returns the outputs' sizes in bytes, Mend's first.
    static func run(_ mend: Engine, _ other: Engine) -> (Int, Int) {
        let ours = Array(mend.render().utf8)
        let theirs = Array(other.render().utf8)
        print("Output check: \(mend.name) \(ours.count) bytes, \(other.name) \(theirs.count) bytes")
        if ours == theirs {
            print("  identical output")
        } else {
            let sameUpToApostrophes = apostrophesUnescaped(ours) == apostrophesUnescaped(theirs)
            print(sameUpToApostrophes
                ? "  note: outputs differ only in how ' is escaped (&#39; or not)"
                : "  note: outputs differ")
            describeFirstDifference(ours, theirs, names: (mend.name, other.name))
        }
        return (ours.count, theirs.count)
    }

    private static func apostrophesUnescaped(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).replacingAll("&#39;", with: "'").replacingAll("&#x27;", with: "'")
    }

    private static func describeFirstDifference(_ a: [UInt8], _ b: [UInt8], names: (String, String)) {
        let offset = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset ?? min(a.count, b.count)
        let line = a[..<offset].count(where: { $0 == 0x0A }) + 1
        print("  first difference at byte \(offset) (line \(line)):")
        for (name, bytes) in [(names.0, a), (names.1, b)] {
            let from = max(0, offset - 40)
            let to = min(bytes.count, offset + 40)
            let excerpt = String(decoding: bytes[from..<to], as: UTF8.self)
            print("    \(name): …\(excerpt.debugDescription.dropFirst().dropLast())…")
        }
    }
}

private extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
