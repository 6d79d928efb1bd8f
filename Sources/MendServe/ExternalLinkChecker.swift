import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `mend check --external`: asks each link to another site whether it is there, a few at a
/// time, each within a time limit: `HEAD` first, then `GET` when the server will not answer
/// `HEAD` (or fails it). Redirects are followed; the last answer counts.
public struct ExternalLinkChecker: Sendable {
    /// What one address answered: its status, or why there was no answer.
    public struct Answer: Sendable, Equatable {
        public let status: Int?
        public let failure: String?

        public init(status: Int?, failure: String?) {
            self.status = status
            self.failure = failure
        }

        /// A 2xx or 3xx status.
        public var isFine: Bool { status.map { (200..<400).contains($0) } ?? false }
    }

    /// How many requests run at once.
    public let concurrency: Int
    /// Seconds each request may take.
    public let timeout: Double

    public init(concurrency: Int = 8, timeout: Double = 10) {
        self.concurrency = max(1, concurrency)
        self.timeout = timeout
    }

    /// Every address's answer.
    public func check(_ urls: [String]) async -> [String: Answer] {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 2
        configuration.httpAdditionalHeaders = ["User-Agent": "mend-check (link checker)"]
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        var answers: [String: Answer] = [:]
        await withTaskGroup(of: (String, Answer).self) { group in
            var pending = urls.sorted()[...]
            for _ in 0..<min(concurrency, pending.count) {
                let url = pending.removeFirst()
                group.addTask { (url, await Self.ask(url, session: session)) }
            }
            for await (url, answer) in group {
                answers[url] = answer
                if let next = pending.popFirst() { group.addTask { (next, await Self.ask(next, session: session)) } }
            }
        }
        return answers
    }

    static func ask(_ address: String, session: URLSession) async -> Answer {
        guard let url = URL(string: address) else { return Answer(status: nil, failure: "not a valid address") }
        let head = await request(url, method: "HEAD", session: session)
        if head.isFine || [404, 410].contains(head.status ?? 0) { return head }
        let get = await request(url, method: "GET", session: session)
        return get.status == nil && head.status != nil ? head : get
    }

    static func request(_ url: URL, method: String, session: URLSession) async -> Answer {
        var request = URLRequest(url: url)
        request.httpMethod = method
        do {
            let (_, response) = try await session.data(for: request)
            return Answer(status: (response as? HTTPURLResponse)?.statusCode, failure: nil)
        } catch {
            return Answer(status: nil, failure: (error as NSError).localizedDescription)
        }
    }
}
