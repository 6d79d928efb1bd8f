import Foundation
import Hummingbird
import MendSite

/// Answers the preview's requests from the ``PreviewSite`` in memory: pretty URLs
/// (`/posts/a/` is `posts/a/index.html`, `/posts/a` redirects there), the site's 404 page
/// with status 404, HEAD, ETag and `If-None-Match`, the site under its own root path
/// (`/` redirects to `/blog/`), and below the root, in `_mend/`, the live-reload script, its
/// event stream and the comment form's intake.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let site: PreviewSite
    let hub: ReloadHub
    let intake: CommentIntake
    /// Answer only requests addressed to this machine by name (`Host: 127.0.0.1:4000`,
    /// `localhost:4000`): a page elsewhere that points its own name at 127.0.0.1 (DNS
    /// rebinding) cannot read the preview. Off when listening on another address.
    var checksHost = true
    /// The largest request body taken (a comment).
    static let bodyLimit = 64 * 1024

    func respond(to request: Request, context: Context) async throws -> Response {
        let snapshot = site.snapshot
        if checksHost, let host = request.head.authority, !Self.isLocal(host: host) {
            return plain(.misdirectedRequest, "This preview answers only to 127.0.0.1 and localhost.")
        }
        guard let target = request.head.path.flatMap(RequestTarget.init) else { return notFound(snapshot, request) }
        let root = snapshot.rootPath.split(separator: "/").map(String.init)
        let query = target.query.map { "?" + $0 } ?? ""
        guard target.segments.starts(with: root) else {
            // `/` leads to the site at `/blog/`.
            return target.segments.isEmpty ? redirect(to: snapshot.rootPath + query, status: .found) : notFound(snapshot, request)
        }
        let segments = Array(target.segments.dropFirst(root.count))
        // `/blog` too.
        if segments.isEmpty && !target.isFolder && !root.isEmpty { return redirect(to: snapshot.rootPath + query, status: .found) }
        if segments.first == LiveReload.folder { return try await own(Array(segments.dropFirst()), request, snapshot) }
        guard request.method == .get || request.method == .head else { return methodNotAllowed("GET, HEAD") }
        let path = segments.joined(separator: "/")
        let key = target.isFolder || segments.isEmpty ? (path.isEmpty ? "index.html" : path + "/index.html") : path
        guard snapshot.hasBuilt else { return waiting(snapshot, request) }
        if let file = snapshot.files[key] {
            if case .file(let location) = file.body {
                let data = try await Blocking.run { FileManager.default.contents(atPath: location.path) }
                return answer(file, request, status: .ok, contents: data)
            }
            return answer(file, request, status: .ok)
        }
        if !target.isFolder, snapshot.files[path + "/index.html"] != nil {
            // Not 301: a browser keeps a permanent redirect, and a preview's pages come and go.
            return redirect(to: snapshot.rootPath + Self.escapedPath(segments) + "/" + query, status: .found)
        }
        return notFound(snapshot, request, key: key)
    }
}

private extension PreviewResponder {
    /// `_mend/live.js`, `_mend/events` and `_mend/comments`.
    func own(_ segments: [String], _ request: Request, _ snapshot: PreviewSite.Snapshot) async throws -> Response {
        switch (segments, request.method) {
        case (["live.js"], .get), (["live.js"], .head):
            let body = ByteBuffer(string: LiveReload.script)
            var headers: HTTPFields = [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache"]
            headers[.contentLength] = String(body.readableBytes)
            return Response(status: .ok, headers: headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: body))
        case (["events"], .get):
            return events(request)
        case (["comments"], .post):
            // A form on another site may not post into this folder. Browsers say where a form
            // was sent from in Sec-Fetch-Site, and in Origin unless the page asks for no
            // referrer (the theme does: Origin is then "null").
            let fetchSite = request.headers.first { $0.name.canonicalName == "sec-fetch-site" }?.value
            let origin = request.headers[.origin]
            // A browser always sends Origin with a form's POST; a client that sends neither
            // header is not a browser, and no page can make it post.
            let fromOwnPage = fetchSite == "same-origin" || origin == snapshot.origin
            if (fetchSite != nil || origin != nil) && !fromOwnPage {
                return plain(.forbidden, "Comments are taken only from the preview's own pages: nothing was written.")
            }
            var request = request
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: Self.bodyLimit)
            } catch {
                return plain(.contentTooLarge, "The comment is larger than \(Self.bodyLimit / 1024) KiB: nothing was written.")
            }
            let type = request.headers[.contentType]?.lowercased() ?? ""
            guard type.hasPrefix("application/x-www-form-urlencoded") else {
                return plain(.unsupportedMediaType, "The comment form sends application/x-www-form-urlencoded: nothing was written.")
            }
            let bytes = Array(buffer: body), site = snapshot.origin + snapshot.rootPath
            switch try await Blocking.run({ intake.accept(bytes, site: site) }) {
            case .accepted(_, let location): return redirect(to: location, status: .seeOther)
            case .refused(let message): return plain(.badRequest, message + "\n\nNothing was written.")
            }
        case (["live.js"], _), (["events"], _): return methodNotAllowed("GET")
        case (["comments"], _): return methodNotAllowed("POST")
        default: return notFound(snapshot, request)
        }
    }

    /// The event stream: a reload first when the page the browser shows is out of date (or
    /// from an earlier server), the current diagnostics, then every update as it happens.
    func events(_ request: Request) -> Response {
        let query = request.uri.queryParameters
        // Listening first, then looking: an update published in between is either in the
        // stream or already in the snapshot.
        let (stream, continuation) = hub.subscribe()
        let snapshot = site.snapshot
        continuation.yield(ServerSentEvent.retry)
        let page = query["page"].map(String.init) ?? ""
        // A page that is not in the site (the 404 page shown for it) comes with version 0.
        let current = snapshot.files[page]?.version ?? 0
        if query["session"].map(String.init) != site.session || (snapshot.hasBuilt && String(current) != query["version"].map(String.init)) {
            continuation.yield(ServerSentEvent.message(name: "reload", data: "{}"))
        }
        continuation.yield(ServerSentEvent.message(name: "errors", data: snapshot.overlay.json))
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            for await message in stream { try await writer.write(ByteBuffer(string: message)) }
            try await writer.finish(nil)
        })
    }

    /// - Parameter contents: A copied file's bytes, read off the shared threads.
    func answer(_ file: ServedFile, _ request: Request, status: HTTPResponse.Status, contents: Data? = nil) -> Response {
        var headers: HTTPFields = [.contentType: file.contentType, .cacheControl: "no-cache"]
        if status == .ok {
            headers[.eTag] = file.etag
            if let tags = request.headers[.ifNoneMatch], Self.matches(tags, file.etag) {
                return Response(status: .notModified, headers: headers)
            }
        }
        let body: ByteBuffer
        switch file.body {
        case .bytes(let bytes): body = bytes
        case .file:
            guard let data = contents else {
                return plain(.notFound, "The file is gone: the preview is rebuilding.")
            }
            body = ByteBuffer(bytes: data)
        }
        headers[.contentLength] = String(body.readableBytes)
        return Response(status: status, headers: headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: body))
    }

    /// The site's 404 page, its script told which page was asked for (so it reloads when
    /// that page appears).
    /// - Parameter key: The output path asked for; `/` (never a file's) when the path names none.
    func notFound(_ snapshot: PreviewSite.Snapshot, _ request: Request, key: String = "/") -> Response {
        guard let raw = snapshot.notFoundPage else { return plain(.notFound, "Not found.") }
        let bytes = LiveReload.inject(into: raw, root: snapshot.rootPath, page: key, session: site.session, version: 0)
        return answer(ServedFile(path: "404.html", body: .bytes(ByteBuffer(bytes: bytes)), version: 0), request, status: .notFound)
    }

    /// Before the first build succeeds: a page that shows the overlay and reloads once the
    /// site builds.
    func waiting(_ snapshot: PreviewSite.Snapshot, _ request: Request) -> Response {
        let page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>The site does not build yet</title></head>"
            + "<body><p>The site does not build yet: fix the errors shown, and this page reloads by itself.</p></body></html>\n"
        let bytes = LiveReload.inject(into: Array(page.utf8), root: snapshot.rootPath, page: "", session: site.session, version: 0)
        let file = ServedFile(path: "index.html", body: .bytes(ByteBuffer(bytes: bytes)), version: 0)
        return answer(file, request, status: .serviceUnavailable)
    }

    func redirect(to location: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.location: location, .contentLength: "0"])
    }

    func methodNotAllowed(_ allowed: String) -> Response {
        var response = plain(.methodNotAllowed, "Method not allowed.")
        response.headers[.allow] = allowed
        return response
    }

    func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        let body = ByteBuffer(string: text + "\n")
        return Response(status: status, headers: [.contentType: "text/plain; charset=utf-8", .contentLength: String(body.readableBytes)],
                        body: ResponseBody(byteBuffer: body))
    }

    /// Whether a Host header names this machine: 127.0.0.1 (or 127.x), localhost or [::1],
    /// with any port.
    static func isLocal(host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") {
            name = String(name.dropFirst().prefix { $0 != "]" })
        } else if let colon = name.lastIndex(of: ":") {
            name = String(name[..<colon])
        }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        let isLoopbackIPv4 = labels.count == 4 && labels[0] == "127"
            && labels.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && UInt8($0) != nil }
        return name == "localhost" || name == "::1" || isLoopbackIPv4
    }

    /// Whether an `If-None-Match` list names `etag` (or is `*`).
    static func matches(_ header: String, _ etag: String) -> Bool {
        header.split(separator: ",").contains { tag in
            let tag = tag.trimmingCharacters(in: .whitespaces)
            return tag == "*" || tag == etag || tag == "W/" + etag
        }
    }

    /// Segments percent-encoded again for a Location header.
    static func escapedPath(_ segments: [String]) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return segments.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0 }.joined(separator: "/")
    }
}
