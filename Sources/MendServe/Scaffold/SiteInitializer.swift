import MendSite

/// `mend init`: writes ``StarterSite`` into a folder. A folder that holds anything (but a
/// `.git`) is refused unless `force`, which adds the files that are missing and never
/// replaces one.
public struct SiteInitializer: Sendable {
    /// The folder to make the site in; created when missing.
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// What ``create(force:)`` did: the files written, and those left as they were.
    public struct Outcome: Sendable, Equatable {
        public var written: [String] = []
        public var kept: [String] = []
    }

    /// - Throws: ``NewContentError`` when the folder is a file, or is not empty and `force`
    ///   is off; ``CommentStoreError/io(_:_:)`` when a file cannot be written.
    public func create(force: Bool) throws -> Outcome {
        if PosixFiles.exists(folder) {
            guard PosixFiles.isDirectory(folder) else {
                throw NewContentError("\(folder) is a file: name a new folder, or an empty one")
            }
            let entries = try PosixFiles.names(in: folder).filter { $0 != ".git" }
            guard entries.isEmpty || force else {
                throw NewContentError("\(folder) is not empty (it holds \(entries.sorted().prefix(3).joined(separator: ", "))"
                    + (entries.count > 3 ? ", …" : "") + "): name a new folder, or add --force to add only the files that are missing")
            }
        } else {
            try PosixFiles.makeDirectory(folder)
        }
        var outcome = Outcome()
        for file in StarterSite.files {
            if try NewFileWriter.create(Array(file.text.utf8), at: folder + "/" + file.path) {
                outcome.written.append(file.path)
            } else {
                outcome.kept.append(file.path)
            }
        }
        return outcome
    }
}
