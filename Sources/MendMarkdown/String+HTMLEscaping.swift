/// Escaping for HTML text, attribute values and URLs, byte for byte as cmark's renderer does.
extension String {
    /// The string with `&`, `<`, `>` and `"` as entities: safe in text and in a quoted attribute.
    public var escapedForHTML: String {
        func special(_ byte: UInt8) -> Bool { byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 }
        let needsEscaping = utf8.withContiguousStorageIfAvailable { $0.contains(where: special) } ?? utf8.contains(where: special)
        guard needsEscaping else { return self }
        var escaped = ""
        escaped.reserveCapacity(utf8.count + 16)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// The string as an `href`/`src` value, as cmark's `houdini_escape_href`: bytes outside
    /// ``hrefSafeBytes`` percent-encoded, `&` as `&amp;` and `'` as `&#x27;`; `%` stays, so
    /// URLs already percent-encoded are not encoded twice.
    var escapedForHref: String {
        guard !utf8.allSatisfy({ String.hrefSafeBytes[Int($0)] }) else { return self }
        var escaped = ""
        escaped.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if String.hrefSafeBytes[Int(byte)] {
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            } else if byte == UInt8(ascii: "&") {
                escaped += "&amp;"
            } else if byte == UInt8(ascii: "'") {
                escaped += "&#x27;"
            } else {
                escaped += "%"
                escaped.unicodeScalars.append(String.hexDigit(byte >> 4))
                escaped.unicodeScalars.append(String.hexDigit(byte & 0x0F))
            }
        }
        return escaped
    }
}

private extension String {
    /// ASCII letters, digits and ``-_.+!*(),%#@?=;:/$~`` (cmark's `HREF_SAFE` table), indexed by byte.
    static let hrefSafeBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
        for byte in "-_.+!*(),%#@?=;:/$~".utf8 { table[Int(byte)] = true }
        return table
    }()

    static func hexDigit(_ value: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10)
    }
}
