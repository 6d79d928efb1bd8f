/// Writing bytes: indentation of expanded templates and HTML escaping.
extension Renderer {
    /// Writes the pending indentation before output that starts a line of an expanded template.
    @inline(__always)
    mutating func touch() {
        if atLineStart {
            atLineStart = false
            output.append(contentsOf: indentation)
        }
    }

    /// Writes template text: each of its lines is indented when inside an indented expansion.
    mutating func write(_ bytes: ArraySlice<UInt8>) {
        guard !indentation.isEmpty else {
            output.append(contentsOf: bytes)
            return
        }
        var lineStart = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            touch()
            output.append(contentsOf: bytes[lineStart...index])
            lineStart = index + 1
            atLineStart = true
        }
        if lineStart < bytes.endIndex {
            touch()
            output.append(contentsOf: bytes[lineStart...])
        }
    }

    /// Writes interpolated data as it is (its lines are never indented).
    mutating func write(_ string: String) {
        output.append(contentsOf: string.utf8)
    }

    /// Writes interpolated data HTML-escaped: `& < > " '`.
    mutating func writeEscaped(_ string: String) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { writeEscaped(bytes: $0) }
        if done == nil {
            Array(string.utf8).withUnsafeBufferPointer { writeEscaped(bytes: $0) }
        }
    }

    private mutating func writeEscaped(bytes: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<bytes.count {
            let entity: [UInt8]
            switch bytes[index] {
            case 0x26: entity = Self.ampersand
            case 0x3C: entity = Self.lessThan
            case 0x3E: entity = Self.greaterThan
            case 0x22: entity = Self.quote
            case 0x27: entity = Self.apostrophe
            default: continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            output.append(contentsOf: entity)
            runStart = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)
}
