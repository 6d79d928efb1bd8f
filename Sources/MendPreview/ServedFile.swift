import Hummingbird
import MendSite

/// One file of the previewed site, as the server answers with it: its bytes (a page with
/// the live-reload script in it) or, for a file the build copies as it is, where it lies;
/// its content type; a strong ETag; and the version of the site it last changed in.
struct ServedFile: Sendable {
    enum Body: Sendable {
        case bytes(ByteBuffer)
        case file(FileLocation)
    }

    let body: Body
    let contentType: String
    let etag: String
    /// The site version (``PreviewSite``) in which these bytes were first served.
    let version: Int

    init(path: String, body: Body, version: Int) {
        self.body = body
        self.version = version
        contentType = Self.contentType(of: path)
        var hasher = Hasher()
        switch body {
        case .bytes(let buffer): buffer.withUnsafeReadableBytes { hasher.combine(bytes: $0) }
        case .file(let location): hasher.combine(location)
        }
        etag = "\"" + String(UInt(bitPattern: hasher.finalize()), radix: 16) + "\""
    }

    /// The content type for a file name, with `charset=utf-8` for text.
    static func contentType(of path: String) -> String {
        let parts = (path.split(separator: "/").last ?? "").split(separator: ".")
        let ending = parts.count > 1 ? parts[parts.count - 1].lowercased() : ""
        switch ending {
        case "html", "htm": return "text/html; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "webmanifest": return "application/manifest+json; charset=utf-8"
        case "avif": return "image/avif"
        default: break
        }
        guard let type = MediaType.getMediaType(forExtension: ending) else { return "application/octet-stream" }
        let text = type.type == .text || ["javascript", "json", "xml", "svg+xml"].contains(type.subType)
        return text ? "\(type.type)/\(type.subType); charset=utf-8" : "\(type.type)/\(type.subType)"
    }
}
