/// Where a file the build copies as it is lies on disk (an image beside a post, a file
/// under `static/`, a theme asset): the build passes it on without reading it, and the
/// writer copies it file to file. Its size, modification time and identity tell a changed
/// file from the same one without reading it.
public struct FileLocation: Sendable, Hashable {
    /// Absolute.
    public let path: String
    public let size: Int
    /// Nanoseconds since 1970.
    public let modified: Int
    public let device: UInt64
    public let inode: UInt64

    public init(path: String, size: Int, modified: Int, device: UInt64, inode: UInt64) {
        self.path = path
        self.size = size
        self.modified = modified
        self.device = device
        self.inode = inode
    }
}
