import Foundation
import MendDefaultTheme
import MendSite

/// The built-in theme beside a site's own `templates/`: which files the site overrides
/// (`mend theme list`), and copies of built-in files to edit (`mend theme eject`).
public struct ThemeFiles: Sendable {
    /// Where a theme file comes from.
    public enum Origin: String, Sendable {
        /// The built-in theme's, the site has none of its own.
        case builtIn = "built-in"
        /// The site's own, in place of the built-in file of the same path.
        case overrides
        /// The site's own, with no built-in file of that path (a partial of its own).
        case extra
    }

    /// The site's folder, holding `templates/` (or not yet).
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// Every theme file, built-in and the site's, by path (`templates/layout.mustache`).
    public func list() -> [(path: String, origin: Origin)] {
        let own = Set(SourceTreeReader(root: .init(fileURLWithPath: root)).readTree(of: "templates").files.map(\.path))
        let builtIn = Set(DefaultTheme.files.map(\.path))
        return own.union(builtIn).sorted().map { path in
            (path, !own.contains(path) ? .builtIn : builtIn.contains(path) ? .overrides : .extra)
        }
    }

    /// Copies built-in files into the site's `templates/`, never replacing one.
    /// - Parameter names: Files as `partials/footer.mustache`, `templates/partials/footer.mustache`,
    ///   `partials/footer` or `assets/style.css`; every file of the theme when empty.
    /// - Returns: The paths written, and those kept (the site has them already).
    /// - Throws: ``NewContentError`` for a name the built-in theme does not have (nothing is
    ///   written then); ``CommentStoreError/io(_:_:)`` when a file cannot be written.
    public func eject(_ names: [String]) throws -> (written: [String], kept: [String]) {
        let files = DefaultTheme.files
        let chosen = try names.isEmpty ? files : names.map { name in
            guard let file = Self.file(named: name, in: files) else {
                let known = files.map { String($0.path.dropFirst("templates/".count)) }
                throw NewContentError("the built-in theme has no '\(name)': its files are " + known.joined(separator: ", "))
            }
            return file
        }
        var written: [String] = [], kept: [String] = []
        for file in chosen {
            if try NewFileWriter.create(file.bytes, at: root + "/" + file.path) {
                written.append(file.path)
            } else {
                kept.append(file.path)
            }
        }
        return (written, kept)
    }

    static func file(named name: String, in files: [SourceFile]) -> SourceFile? {
        let bare = name.hasPrefix("templates/") ? String(name.dropFirst("templates/".count)) : name
        return files.first { $0.path == "templates/" + bare } ?? files.first { $0.path == "templates/" + bare + ".mustache" }
    }
}
