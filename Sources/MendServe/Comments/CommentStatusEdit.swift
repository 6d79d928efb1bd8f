/// Changes a comment file's top-level `status:` and nothing else: the status line is
/// replaced (keeping its line ending), or, when there is none, a `status:` line is
/// appended. Every other byte stays as it was.
///
/// This only edits text; ``CommentStore/setStatus(_:of:)`` parses each candidate and
/// refuses them all unless one reads as the same comment with the new status.
enum CommentStatusEdit {
    /// The file's bytes with the new status, best guess first: each line that starts with
    /// `status:` replaced in turn, then a status line appended. (Such a line can be inside a
    /// quoted message; the caller keeps the first candidate that reads back right.)
    /// - Parameters:
    ///   - status: `approved`, `pending` or `spam`.
    ///   - bytes: The comment file.
    static func candidates(_ status: String, for bytes: [UInt8]) -> [[UInt8]] {
        // A byte order mark stays where it is, and does not hide a status on the first line.
        if bytes.starts(with: byteOrderMark) {
            return candidates(status, for: Array(bytes.dropFirst(byteOrderMark.count))).map { byteOrderMark + $0 }
        }
        let lines = bytes.split(separator: newline, omittingEmptySubsequences: false).map(Array.init)
        return lines.indices.filter { isStatusKey(lines[$0]) }.map { replacing(line: $0, of: lines, with: status) }
            + [appended(status, to: bytes)]
    }

    /// `status: …` added as the last line, with the file's line ending.
    static func appended(_ status: String, to bytes: [UInt8]) -> [UInt8] {
        let firstLine = bytes.split(separator: newline, maxSplits: 1, omittingEmptySubsequences: false).first
        let ending: [UInt8] = firstLine?.last == carriageReturn ? [carriageReturn, newline] : [newline]
        let separator = bytes.isEmpty || bytes.last == newline ? [] : ending
        return bytes + separator + Array("status: \(status)".utf8) + ending
    }
}

private extension CommentStatusEdit {
    static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), hash = UInt8(ascii: "#")
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The status line at `index` replaced, keeping its line ending.
    static func replacing(line index: Int, of original: [[UInt8]], with status: String) -> [UInt8] {
        var lines = original
        lines[index] = Array("status: \(status)".utf8) + (lines[index].last == carriageReturn ? [carriageReturn] : [])
        // A value continued on indented lines (`status:\n  pending`) ends at the next top-level line.
        var next = index + 1
        while next < lines.count, !startsTopLevel(lines[next]) {
            if isContinuation(lines[next]) { lines.remove(at: next) } else { next += 1 }
        }
        return Array(lines.joined(separator: [newline]))
    }

    /// `status:`, `"status":` or `'status':` at the start of the line, then a blank or the end.
    static func isStatusKey(_ line: [UInt8]) -> Bool {
        for key in ["status", "\"status\"", "'status'"] {
            guard line.starts(with: key.utf8) else { continue }
            let rest = line.dropFirst(key.utf8.count).drop { $0 == space || $0 == tab }
            guard rest.first == UInt8(ascii: ":") else { continue }
            let after = rest.dropFirst().first
            return after == nil || after == space || after == tab || after == carriageReturn
        }
        return false
    }

    /// Neither indented nor blank: the next key, a comment or a document marker.
    static func startsTopLevel(_ line: [UInt8]) -> Bool {
        guard let first = line.first else { return false }
        return first != space && first != tab && first != carriageReturn
    }

    /// Indented, and neither blank nor a YAML comment.
    static func isContinuation(_ line: [UInt8]) -> Bool {
        guard let first = line.first, first == space || first == tab else { return false }
        let content = line.drop { $0 == space || $0 == tab || $0 == carriageReturn }
        return !content.isEmpty && content.first != hash
    }
}
