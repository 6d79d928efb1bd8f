import Foundation

/// The processes whose parent is this test process, read from /proc (Linux).
enum ChildProcesses {
    /// Children (running or zombie) of this process whose command name is one of `names`.
    static func named(_ names: Set<String>) -> [String] {
        entries(parent: getpid(), names: names).map { "\($0.pid) \($0.command) \($0.state)" }
    }

    /// The process ids of `parent`'s children whose command name is one of `names`.
    static func of(_ parent: Int32, named names: Set<String>) -> [Int32] {
        entries(parent: parent, names: names).map(\.pid)
    }

    private static func entries(parent: Int32, names: Set<String>) -> [(pid: Int32, command: String, state: String)] {
        let me = String(parent)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var found: [(pid: Int32, command: String, state: String)] = []
        for entry in entries where entry.allSatisfy(\.isNumber) {
            guard let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { continue }
            let command = String(stat[stat.index(after: open)..<close])
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            if fields.count > 1, fields[1] == me, names.contains(command), let pid = Int32(entry) {
                found.append((pid, command, String(fields[0])))
            }
        }
        return found
    }
}
