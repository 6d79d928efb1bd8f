import MendSite

/// A little site made from one fuzz input: the input is cut at every NUL byte, and the
/// pieces become, in order, the files of ``paths`` (a site.yml, a guide with two steps, a
/// post, a page, two comments on the post); pieces past those become, in turn, more posts
/// and comments on the guide's first step.
///
/// A comment piece that names no `email` gets one line more, `email: ` ``secret``, so that
/// every build checks that a reader's address never reaches the output.
public struct FuzzSite: Sendable {
    /// The files the pieces become, in order.
    public static let paths = [
        "content/site.yml",
        "content/guides/trust/index.md",
        "content/guides/trust/01-listen.md",
        "content/guides/trust/02-repair.md",
        "content/posts/hello.md",
        "content/pages/about.md",
        "content/comments/posts/hello/c1.yml",
        "content/comments/posts/hello/c2.yml",
    ]
    /// At most this many pieces are used; the rest of the input is left out.
    public static let maxFiles = 24
    /// An address written into comments that name none; it must appear in no output file.
    public static let secret = "never-published.7q2x@reader.invalid"

    /// The content files, then nothing else: the theme is added by the caller.
    public let sources: [SourceFile]

    public init(_ bytes: [UInt8]) {
        var sources: [SourceFile] = []
        let pieces = bytes.split(separator: 0, maxSplits: Self.maxFiles - 1, omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            let path = Self.path(at: index)
            var contents = Array(piece)
            if path.hasPrefix("content/comments/"), !contents.contains(subsequence: Array("email".utf8)) {
                contents += Array("\nemail: \(Self.secret)\n".utf8)
            }
            sources.append(SourceFile(path: path, bytes: contents))
        }
        self.sources = sources
    }

    /// The path of the piece at `index`.
    public static func path(at index: Int) -> String {
        if index < paths.count { return paths[index] }
        let extra = index - paths.count
        return extra % 2 == 0
            ? "content/posts/extra-\(extra / 2).md"
            : "content/comments/guides/trust/listen/x\(extra / 2).yml"
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs somewhere in the array (an empty needle always does).
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= count else { return false }
        var index = 0
        while let found = self[index...].firstIndex(of: first), found + needle.count <= count {
            if self[found..<found + needle.count].elementsEqual(needle) { return true }
            index = found + 1
        }
        return false
    }
}
