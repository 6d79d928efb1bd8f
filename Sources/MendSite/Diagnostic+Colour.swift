/// Diagnostics as a terminal shows them: the severity in colour (bold red for errors, bold
/// yellow for warnings), the rest as ``Diagnostic/description`` writes it.
public extension Diagnostic {
    func description(coloured: Bool) -> String {
        guard coloured else { return description }
        let prefix = context.map { "\($0): " }.joined()
        let colour = severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
        return "\(prefix)\(location): \(colour)\(severity.rawValue)\u{1B}[0m: \(message)"
    }

    /// Whether a terminal should get colour: it is one, `NO_COLOR` (https://no-color.org) is
    /// unset or empty, and `TERM` is not `dumb`.
    static func usesColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }
}
