/// Names in tags: validation while pairing, and their parsed forms while building.
extension TreeBuilder {
    /// Throws when a tag's content is not a name its kind accepts.
    func validateName(at index: Int) throws {
        let lexeme = lexemes[index]
        let content = lexeme.content
        switch lexeme.kind {
        case .text, .comment, .delimiters:
            return
        case .variable, .unescaped, .section, .inverted:
            guard Self.isValidPath(content) else { throw error(.invalidName(content), at: index) }
        case .partial, .parent, .close:
            let isDynamic = content.hasPrefix("*")
            let name = isDynamic ? String(content.dropFirst()).trimmingBlanks : content
            guard !name.isEmpty, !name.containsWhitespace, !isDynamic || Self.isValidPath(name) else {
                throw error(.invalidName(content), at: index)
            }
        case .block:
            guard !content.isEmpty, !content.containsWhitespace else { throw error(.invalidName(content), at: index) }
        }
    }

    /// `.` or names joined by single dots, none empty, no whitespace. One pass over the bytes.
    static func isValidPath(_ content: String) -> Bool {
        let dot = UInt8(ascii: ".")
        if content == "." { return true }
        // A name starts at the beginning and after every dot: a dot may not follow either.
        var previous = dot
        for byte in content.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return false }
            if byte == dot && previous == dot { return false }
            previous = byte
        }
        return previous != dot
    }

    /// The parsed form of a valid name, shared by every tag that writes it.
    mutating func path(_ content: String) -> Path {
        if let known = paths[content] { return known }
        let path: Path
        if content == "." {
            path = .implicit
        } else if content.utf8.contains(UInt8(ascii: ".")) {
            path = .names(content.utf8.split(separator: UInt8(ascii: ".")).map { String(decoding: $0, as: UTF8.self) })
        } else {
            path = .names([content])
        }
        paths[content] = path
        return path
    }

    mutating func reference(_ content: String) -> TemplateReference {
        guard content.hasPrefix("*") else { return .fixed(content) }
        let name = String(content.dropFirst()).trimmingBlanks
        return .dynamic(path(name), written: name)
    }
}

extension String {
    var containsWhitespace: Bool { utf8.contains { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }

    var trimmingBlanks: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        return String(scalars)
    }
}
