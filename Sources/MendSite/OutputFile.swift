/// One file of the generated site: a path under `public/` and its bytes, or for a file
/// copied as it is, where to copy it from.
public struct OutputFile: Sendable, Hashable {
    /// Relative to the output folder: `index.html`, `guides/x/index.html`, `assets/style.css`.
    public let path: String
    /// The bytes to write; empty when the file is copied from ``source``.
    public let bytes: [UInt8]
    /// A source file to copy as it is (file to file, never read into memory).
    public let source: FileLocation?

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        source = nil
    }

    /// The output file made of a source file: its bytes, or a copy of it where it lies.
    public init(path: String, copying file: SourceFile) {
        self.path = path
        bytes = file.bytes
        source = file.location
    }
}
