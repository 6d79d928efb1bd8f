/// One file of a site's sources, as read from disk by the edge (MendServe).
public struct SourceFile: Sendable, Hashable {
    /// Relative to the source folder, with `/` separators: `content/site.yml`, `templates/assets/style.css`.
    public let path: String
    /// The file's bytes; empty for a file the build copies as it is from ``location``.
    public let bytes: [UInt8]
    /// For a file the build copies as it is (``isCopiedAsIs(_:)``), where it is on disk:
    /// the edge reads such a file not at all, and the writer copies it file to file.
    public let location: FileLocation?

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        location = nil
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// A file the build copies as it is, without its bytes.
    public init(path: String, location: FileLocation) {
        self.path = path
        bytes = []
        self.location = location
    }

    /// The bytes as text; invalid UTF-8 becomes U+FFFD.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether the build copies the source at `path` as it is, never looking inside: a file
    /// under `static/` or `templates/assets/`, and a media file under `content/` (an image,
    /// a PDF; see the README's "What is published"). The edge need not read such files.
    public static func isCopiedAsIs(_ path: String) -> Bool {
        if path.hasPrefix("static/") || path.hasPrefix("templates/assets/") { return true }
        guard path.hasPrefix("content/"), case .asset = ContentPath(path) else { return false }
        return true
    }
}

public extension SourceFile {
    /// The line and column of the first byte that is not valid UTF-8, or `nil` when all are.
    var firstInvalidUTF8: SourceLocation? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.first == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
            case .error:
                return SourceLocation(path: path, line: line, column: column)
            case .emptyInput:
                return nil
            }
        }
    }
}
