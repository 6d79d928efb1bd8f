/// Why the source folder cannot be built.
public struct SourceFolderError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case missing, notAFolder, notASite
    }

    public let shownAs: String
    public let reason: Reason

    public var description: String {
        switch reason {
        case .missing:
            return "\(shownAs): error: the source folder does not exist: pass --source with the site's folder (the one holding content/site.yml)"
        case .notAFolder:
            return "\(shownAs): error: the source is a file, not a folder: pass --source with the site's folder (the one holding content/site.yml)"
        case .notASite:
            return "\(shownAs): error: this folder holds no content/ or templates/, so it is not a site's folder: pass --source with the folder holding content/site.yml"
        }
    }
}
