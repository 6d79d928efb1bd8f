import MendSite

/// Diagnostics in a file of the built-in theme say so, and how to change it: the writer
/// never sees that file in their own templates/.
enum BuiltInThemeNote {
    static func noting(_ diagnostics: [Diagnostic], builtIn: Set<String>) -> [Diagnostic] {
        guard !builtIn.isEmpty else { return diagnostics }
        return diagnostics.map { diagnostic in
            let path = diagnostic.location.path
            guard builtIn.contains(path) else { return diagnostic }
            let name = path.dropFirst("templates/".count)
            return Diagnostic(diagnostic.severity, at: diagnostic.location, diagnostic.message
                + " (in the built-in theme: `mend theme eject \(name)` copies it into templates/ to change it)",
                context: diagnostic.context, isAboutUnapprovedComment: diagnostic.isAboutUnapprovedComment)
        }
    }
}
