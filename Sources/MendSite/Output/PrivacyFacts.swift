/// What the built site does with a reader's data, worked out from the configuration and
/// the pages rather than written by hand, so the privacy page and the comment form say
/// what is true (`site.privacy`): where a comment is sent, and whether any script loads.
struct PrivacyFacts: Sendable, Equatable {
    /// The privacy page's URL: the page whose slug is `privacy` (`content/pages/privacy.md`).
    let url: String?
    /// The host the comment forms post to (`comments.example.org`), when any page has an
    /// open form; `nil` when no page sends anything.
    let commentHost: String?
    /// `assets/comments.js`, which pages with an open form load; `nil` when none loads it.
    let scriptURL: String?

    init(model: SiteModel) {
        let config = model.config
        url = model.pages.map { model.entries[$0].url }.first { $0 == config.rootPath + "privacy/" }
        let formsOpen = config.comments.endpoint != nil && model.pageComments.contains { $0?.isOpen == true }
        commentHost = formsOpen ? config.comments.endpoint.map(Self.host) : nil
        scriptURL = formsOpen ? config.rootPath + "assets/comments.js" : nil
    }

    /// The host (and port) of an absolute address: `https://a.example:8443/x` -> `a.example:8443`.
    static func host(of address: String) -> String {
        var rest = Substring(address)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return String(authority.split(separator: "@").last ?? authority)
    }
}
