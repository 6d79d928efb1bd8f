/// Why a build refused its output folder.
public struct OutputFolderError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The output is the site's folder, or holds it.
        case holdsTheSite
        /// The output is, holds, or lies inside one of the site's source folders (named).
        case insideSources(String)
        /// The output exists and is not a folder.
        case notAFolder
        /// The output is a folder with other files and no `index.html`.
        case notASite
        /// The output holds a git checkout or another site's sources (named).
        case holdsProject(String)
        /// `--output ""`.
        case empty
        /// The output folder exists but cannot be listed.
        case unreadable
    }

    public let shownAs: String
    public let reason: Reason

    public init(shownAs: String, reason: Reason) {
        self.shownAs = shownAs
        self.reason = reason
    }

    public var description: String { "\(shownAs): error: \(message)" }

    public var message: String {
        switch reason {
        case .holdsTheSite:
            return "the output folder is the site's folder or holds it, and building replaces the whole output folder: choose another --output, such as public"
        case .insideSources(let folder):
            return "the output folder overlaps the site's \(folder)/ folder: a build there would replace or feed on your sources; choose another --output, such as public"
        case .notAFolder:
            return "the output path is a file, not a folder: choose another --output"
        case .notASite:
            return "refusing to replace a folder that holds other files and no index.html: choose an empty or new --output folder"
        case .empty:
            return "the output folder is empty text (an unset variable?): name a folder, such as public"
        case .unreadable:
            return "the output folder cannot be listed, so Mend cannot tell whether replacing it is safe: give yourself access to it, or choose another --output"
        case .holdsProject(let what):
            return "refusing to replace a folder that holds \(what): building replaces the whole output folder; choose an empty or new --output folder"
        }
    }
}
