/// The whitespace rules of Mustache, applied to the lexemes before the tree is built.
///
/// *Standalone lines*: a tag other than an interpolation that stands alone on its line
/// takes that line's blanks and line end with it. A parent tag pair is standalone when
/// its opening tag clears the left of its line and its closing tag the right. A block
/// written as a parent's argument is standalone on the right of its opening tag and on
/// the left of its closing tag (what lies outside it inside a parent is ignored anyway).
///
/// *Indentation*: a standalone partial or parent indents every line of its template by
/// the blanks before the tag. A block re-indents: its own "intrinsic" indentation (that
/// of its first line, when the opening tag ends its line) is removed where it is written
/// and the indentation of the place it is expanded at is added.
extension TreeBuilder {
    mutating func applyStandaloneRules() {
        for index in lexemes.indices where lexemes[index].canStandAlone {
            let lexeme = lexemes[index]
            let partnerKind = partner[index] >= 0 ? lexemes[partner[index]].kind : nil
            if lexeme.kind == .parent {
                let closing = partner[index]
                if lexeme.leftClear && lexemes[closing].rightClear {
                    markStandalone(index, left: true, right: false)
                    markStandalone(closing, left: false, right: true)
                }
            } else if lexeme.kind == .close && partnerKind == .parent {
                continue
            } else if lexeme.kind == .block && isArgument[index] {
                if lexeme.rightClear { markStandalone(index, left: false, right: true) }
            } else if lexeme.kind == .close && partnerKind == .block && isArgument[partner[index]] {
                if lexeme.leftClear { markStandalone(index, left: true, right: false) }
            } else if lexeme.leftClear && lexeme.rightClear {
                markStandalone(index, left: true, right: true)
            }
        }
    }

    mutating func applyIndentation() {
        var removed: [[UInt8]] = []
        var closingTagsThatRestore: Set<Int> = []
        for index in lexemes.indices {
            let current = removed.last ?? []
            switch lexemes[index].kind {
            case .text where !current.isEmpty:
                let start = lexemes[index].start
                outdented[index] = outdent(start..<max(start, lexemes[index].end), removing: current)
            case .partial where standalone[index], .parent where standalone[index]:
                indentation[index] = relative(leadingBlanks(index), to: current)
            case .block:
                if standalone[index], let intrinsic = intrinsicIndentation(index) {
                    indentation[index] = relative(intrinsic, to: current)
                    removed.append(Array(intrinsic))
                    closingTagsThatRestore.insert(partner[index])
                } else if !isArgument[index] && lexemes[index].leftClear && lexemes[partner[index]].rightClear {
                    indentation[index] = relative(leadingBlanks(index), to: current)
                }
            case .close where closingTagsThatRestore.contains(index):
                removed.removeLast()
            default:
                break
            }
        }
    }
}

private extension TreeBuilder {
    mutating func markStandalone(_ index: Int, left: Bool, right: Bool) {
        standalone[index] = true
        let tag = lexemes[index]
        if left, index > 0, lexemes[index - 1].kind == .text {
            lexemes[index - 1].end = max(lexemes[index - 1].start, min(lexemes[index - 1].end, tag.lineStart))
        }
        if right, index + 1 < lexemes.count, lexemes[index + 1].kind == .text {
            lexemes[index + 1].start = min(lexemes[index + 1].end, max(lexemes[index + 1].start, tag.rightEnd))
        }
    }

    func leadingBlanks(_ index: Int) -> ArraySlice<UInt8> {
        bytes[lexemes[index].lineStart..<lexemes[index].start]
    }

    /// `blanks` without the part it shares with `outer`, the indentation already removed around it.
    func relative<C: Collection<UInt8>>(_ blanks: C, to outer: [UInt8]) -> [UInt8] {
        var shared = 0
        for (byte, outerByte) in zip(blanks, outer) {
            guard byte == outerByte else { break }
            shared += 1
        }
        return Array(blanks.dropFirst(shared))
    }

    /// The blanks that start the first non-blank line of a block whose opening tag ends its
    /// line; `nil` when the block is empty.
    func intrinsicIndentation(_ index: Int) -> ArraySlice<UInt8>? {
        let closing = partner[index]
        if closing == index + 1 { return nil }
        if closing == index + 2, lexemes[index + 1].kind == .text,
           bytes[lexemes[index + 1].start..<max(lexemes[index + 1].start, lexemes[index + 1].end)]
            .allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return nil
        }
        var lineBegin = lexemes[index].rightEnd
        var cursor = lineBegin
        while cursor < bytes.count {
            switch bytes[cursor] {
            case 0x20, 0x09, 0x0D: cursor += 1
            case 0x0A: cursor += 1; lineBegin = cursor
            default: return bytes[lineBegin..<cursor].filter { $0 != 0x0D }[...]
            }
        }
        return nil
    }

    /// The bytes of `range` with `blanks` removed from the start of every line.
    func outdent(_ range: Range<Int>, removing blanks: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var cursor = range.lowerBound
        var atLineStart = cursor == 0 || bytes[cursor - 1] == 0x0A
        while cursor < range.upperBound {
            if atLineStart {
                var matched = 0
                while matched < blanks.count, cursor < range.upperBound, bytes[cursor] == blanks[matched] {
                    matched += 1
                    cursor += 1
                }
                atLineStart = false
                continue
            }
            let byte = bytes[cursor]
            result.append(byte)
            atLineStart = byte == 0x0A
            cursor += 1
        }
        return result
    }
}
