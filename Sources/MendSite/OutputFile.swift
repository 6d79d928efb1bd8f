/// One file of the generated site: a path under `public/` and its bytes.
public struct OutputFile: Sendable, Hashable {
    /// Relative to the output folder: `index.html`, `guides/x/index.html`, `assets/style.css`.
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
