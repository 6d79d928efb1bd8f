/// The folders where file systems are mounted (Linux: `/proc/self/mountinfo`), so a removal
/// never enters one: a bind mount inside an old output folder holds someone else's files,
/// and on the same file system its device number is no different.
enum MountPoints {
    /// Every mount point's absolute path; empty where the system does not list them.
    static func current() -> Set<String> {
        guard let bytes = try? PosixFiles.read("/proc/self/mountinfo", shownAs: "/proc/self/mountinfo") else { return [] }
        var points: Set<String> = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: false)
            if fields.count > 4 { points.insert(unescaped(fields[4])) }
        }
        return points
    }

    /// mountinfo writes a space as `\040`, a tab `\011`, a newline `\012`, a backslash `\134`.
    static func unescaped(_ field: Substring) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(field.utf8)[...]
        while let byte = utf8.first {
            if byte == UInt8(ascii: "\\"), utf8.count >= 4,
               let value = UInt8(String(decoding: utf8.dropFirst().prefix(3), as: UTF8.self), radix: 8) {
                bytes.append(value)
                utf8 = utf8.dropFirst(4)
            } else {
                bytes.append(byte)
                utf8 = utf8.dropFirst()
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
