import Foundation
import MendServe
import MendSite

/// The preview's comment form endpoint: takes the fields Staticman takes (`fields[name]`,
/// `fields[email]`, `fields[url]`, `fields[message]`, `fields[honeypot]`, `options[slug]`,
/// `options[parent]`, `options[redirect]`) and hands them to ``CommentStore/add(_:now:)``,
/// the same check and the same atomic, never-overwriting write as `mend comments add`:
/// one pending file under `content/comments/`, or nothing and a message saying why.
struct CommentIntake: Sendable {
    enum Outcome: Equatable {
        /// Written at `path` (relative to the source folder); the browser goes to `location`.
        case accepted(path: String, location: String)
        case refused(String)
    }

    let store: CommentStore
    /// The time of adding.
    var now: @Sendable () -> Date = { Date() }

    static let fieldNames: Set<String> = ["fields[name]", "fields[email]", "fields[url]", "fields[message]", "fields[honeypot]",
                                          "options[slug]", "options[parent]", "options[redirect]"]

    /// - Parameter site: The preview's address, `http://127.0.0.1:4000/blog/`: a redirect must stay on it.
    func accept(_ body: [UInt8], site: String) -> Outcome {
        guard let form = FormFields(body) else {
            return .refused("The form's data could not be read (a field given twice, or text that is not UTF-8).")
        }
        if let unknown = form.values.keys.sorted().first(where: { !Self.fieldNames.contains($0) }) {
            return .refused("The form sent a field the comment form does not have: \(unknown).")
        }
        guard let page = form["options[slug]"], !page.isEmpty else { return .refused("The form did not say which page the comment is on.") }
        guard let redirect = form["options[redirect]"], redirect.hasPrefix(site) else {
            return .refused("The form's redirect must be an address on this site (\(site)).")
        }
        let new = NewComment(page: page, name: form["fields[name]"] ?? "", email: form["fields[email]"] ?? "",
                             url: form["fields[url]"], message: form["fields[message]"] ?? "",
                             parent: form["options[parent]"], honeypot: form["fields[honeypot]"])
        do {
            let path = try store.add(new, now: now())
            let id = path.split(separator: "/").last.map { String($0.dropLast(".yml".count)) } ?? ""
            return .accepted(path: path, location: Self.location(redirect, pending: id))
        } catch let error as CommentStoreError {
            return .refused(Self.message(for: error))
        } catch {
            return .refused("The comment could not be saved: \(error).")
        }
    }

    /// The redirect with `mend-comment=ID` in its query, before any `#fragment`.
    static func location(_ redirect: String, pending id: String) -> String {
        let fragmentStart = redirect.firstIndex(of: "#") ?? redirect.endIndex
        let address = redirect[..<fragmentStart]
        let separator = address.contains("?") ? "&" : "?"
        return address + separator + "mend-comment=" + id + redirect[fragmentStart...]
    }

    /// The store's error in the form's words (its descriptions name the command's flags).
    static func message(for error: CommentStoreError) -> String {
        switch error {
        case .invalidComment(let problems): return "The comment was not saved: " + problems.joined(separator: "; ") + "."
        case .invalidEmail(_, let problem): return "The email address is not valid: \(problem)."
        case .refusedURL: return "The website must be an http:// or https:// address, such as https://example.org/."
        case .unknownParent(let parent, _): return "The comment it replies to (\(parent)) is not on this page."
        default:
            let text = error.description
            return text.prefix(1).uppercased() + text.dropFirst()
        }
    }
}
