import MendSite

/// Writes `mend new`'s files into a site: the next step number from the guide folder,
/// and a new file that never replaces one (created as comment files are: whole, in one step).
public struct ContentScaffold: Sendable {
    /// The site's folder, holding `content/`.
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// Makes the file and returns its path in the site (`content/posts/x.md`).
    /// - Parameters:
    ///   - kind, title, slug, date: As ``NewContent`` takes them.
    ///   - guide: For a step, its guide's folder; it must hold the guide's `index.md`.
    /// - Throws: ``NewContentError`` when the file exists, the guide does not, or a value is
    ///   wrong; ``CommentStoreError/io(_:_:)`` when it cannot be written. Nothing is written then.
    public func create(_ kind: NewContent.Kind, title: String, slug: String? = nil, guide: String? = nil,
                       date: String?) throws -> String {
        var number = 1
        if kind == .step {
            guard let guide, NewContent.isValidSlug(guide) else {
                throw NewContentError("a step needs its guide's folder name: mend new step GUIDE --title … (such as rebuilding-trust)")
            }
            let folder = root + "/content/guides/" + guide
            guard PosixFiles.exists(folder + "/index.md") else {
                let guides = (try? PosixFiles.names(in: root + "/content/guides"))?.sorted() ?? []
                throw NewContentError("there is no guide content/guides/\(guide)/index.md"
                    + (guides.isEmpty ? ": make one with mend new guide \(guide) --title …" : "; the guides are: " + guides.joined(separator: ", ")))
            }
            let files = try PosixFiles.names(in: folder).map { name in
                (name: name, text: (try? PosixFiles.read(folder + "/" + name, shownAs: name)).map { String(decoding: $0, as: UTF8.self) })
            }
            number = try NewContent.nextStepNumber(in: files)
        }
        let new = try NewContent(kind: kind, title: title, slug: slug, guide: guide, stepNumber: number, date: date)
        if kind == .guide && PosixFiles.exists(root + "/" + String(new.path.dropLast("/index.md".count))) {
            throw NewContentError("\(new.path.dropLast("index.md".count)) exists already: nothing was written (choose another slug)")
        }
        guard try NewFileWriter.create(Array(new.text.utf8), at: root + "/" + new.path) else {
            throw NewContentError("\(new.path) exists already: nothing was written (choose another slug, or edit that file)")
        }
        return new.path
    }
}
