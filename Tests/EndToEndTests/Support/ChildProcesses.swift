import Foundation

/// The processes whose parent is this test process, read from /proc (Linux).
enum ChildProcesses {
    /// Children (running or zombie) whose command name is one of `names`.
    static func named(_ names: Set<String>) -> [String] {
        let me = String(getpid())
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var found: [String] = []
        for entry in entries where entry.allSatisfy(\.isNumber) {
            guard let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { continue }
            let command = String(stat[stat.index(after: open)..<close])
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            if fields.count > 1, fields[1] == me, names.contains(command) { found.append("\(entry) \(command) \(fields[0])") }
        }
        return found
    }
}
