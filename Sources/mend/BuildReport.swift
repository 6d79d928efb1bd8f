import ArgumentParser
import MendServe
import MendSite

/// Prints a build's diagnostics and its closing "Build failed" line, one way for every
/// kind of failure: the sources' diagnostics, a refused folder, a file that cannot be
/// written. Nothing but `path:line:column: error: message` lines reach the user.
struct BuildReport {
    let console: Console
    let outputName: String
    let strict: Bool

    /// Prints `diagnostics`; when they fail the build, the closing line too, and exits with 1.
    func stopIfFailed(_ diagnostics: [Diagnostic]) throws {
        var unique: [Diagnostic] = []
        for diagnostic in diagnostics.sorted() where unique.last != diagnostic { unique.append(diagnostic) }
        for diagnostic in unique { console.report(diagnostic) }
        guard BuildResult.fails(unique, strict: strict) else { return }
        let errors = unique.filter { $0.severity == .error }.count
        let warnings = unique.filter { $0.failsBuild(strict: strict) }.count - errors
        var counts = [plural(errors, "error")]
        if strict && warnings > 0 { counts = errors > 0 ? counts + [plural(warnings, "warning")] : [plural(warnings, "warning")] }
        let why = strict && warnings > 0 ? " (--strict: warnings count)" : ""
        fail("Build failed with \(counts.joined(separator: " and "))\(why)")
    }

    /// Runs `body`; a failure it throws is printed like a diagnostic and ends the build.
    func checked<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as FileFailure {
            console.error(failure.description)
        } catch let failure as OutputFolderError {
            console.error(failure.description)
        } catch let failure as SourceFolderError {
            console.error(failure.description)
        } catch let failure as SiteWriterError {
            console.error(failure.description)
        } catch {
            console.error("error: \(error)")
        }
        fail("Build failed")
    }

    private func fail(_ line: String) -> Never {
        console.error("\(line); \(outputName) was left as it was.")
        Mend.exit(withError: ExitCode.failure)
    }

    private func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
