import Foundation
import MendSite

/// What `mend serve` was asked for.
public struct PreviewConfiguration: Sendable {
    /// The site's folder (checked by the caller).
    public var root: URL
    /// `127.0.0.1` unless asked otherwise: another host makes the preview reachable from
    /// other machines.
    public var host: String
    /// 0 for any free port.
    public var port: Int
    /// Drafts and jobs, as for `mend build`; the preview's addresses are set by the server.
    public var options: BuildOptions
    /// Look for changes by polling instead of inotify.
    public var polling: Bool

    public init(root: URL, host: String = "127.0.0.1", port: Int = 4000, options: BuildOptions = BuildOptions(),
                polling: Bool = false) {
        self.root = root
        self.host = host
        self.port = port
        self.options = options
        self.polling = polling
    }

    /// Whether the host answers only this machine.
    public var isLoopback: Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased()) || host.hasPrefix("127.")
    }

    /// Where pages link to: the host as given, a wildcard address (`0.0.0.0`, `::`) as
    /// `127.0.0.1`, an IPv6 address in brackets.
    func origin(port: Int) -> String {
        var shown = host
        if shown == "0.0.0.0" || shown == "::" || shown == "[::]" { shown = "127.0.0.1" }
        if shown.contains(":") && !shown.hasPrefix("[") { shown = "[" + shown + "]" }
        return "http://\(shown):\(port)"
    }
}
