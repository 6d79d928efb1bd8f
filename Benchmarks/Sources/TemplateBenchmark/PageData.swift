import MendTemplates

/// The data of the blog page: one post, its site and 20 similar posts, with prose that
/// needs HTML escaping (`& < > " '`) in titles, excerpts, authors and paragraphs.
///
/// Built once as a ``TemplateValue`` (what Mend renders); ``foundationTree(_:)`` turns the
/// same tree into the `[String: Any]` / `[Any]` form swift-mustache renders.
enum PageData {
    static let similarCount = 20

    static let value: TemplateValue = [
        "site": [
            "name": "Mend & Friends",
            "tagline": "Notes on <small> tools & \"plain\" text",
            "baseURL": "https://mend.example.org",
            "year": 2025,
            "menu": [
                ["label": "Home", "url": "/"],
                ["label": "Archive", "url": "/archive/"],
                ["label": "Tags & topics", "url": "/tags/"],
                ["label": "About", "url": "/about/"],
            ],
        ],
        "post": [
            "title": "\"Fast enough\" isn't: <template> engines & you",
            "summary": "What a render loop costs & why 'good enough' rarely is.",
            "author": "Ada O'Connor",
            "date": "March 3, 2025",
            "paragraphs": .list(paragraphs.map { .string($0) }),
        ],
        "similarCount": .number(Double(similarCount)),
        "similar": .list((0..<similarCount).map(similarPost)),
    ]

    private static let paragraphs = [
        "A site generator spends its time turning a template & data into HTML. It's \"fast enough\" for ten pages; less so for ten thousand.",
        "Escaping is where the cost hides: each <, > and &, each \"quote\" and each apostrophe in O'Connor's byline becomes an entity.",
        "So we measured two engines on the same page, partials & data.",
    ]

    private static let titles = [
        "Caching <head> tags & other wins",
        "What \"incremental\" really means",
        "Don't trust the clock on shared CPUs",
        "Partials, parents & blocks",
        "Escaping < and > calmly",
    ]

    private static let excerpts = [
        "We cut the build from 40s to 9s by caching what didn't change.",
        "Why <nav> & <footer> partials shouldn't be re-parsed per page.",
        "Noise swings results by 30%: interleave & take the \"median\".",
        "{{<layout}} fills a parent's blocks; themes \"just work\" again.",
    ]

    private static let authors = ["Ada O'Connor", "Sam \"Sketch\" Lee", "Ren & Jo Park", "Mira D'Souza"]

    private static func similarPost(_ index: Int) -> TemplateValue {
        [
            "title": .string("\(titles[index % titles.count]) #\(index + 1)"),
            "url": .string("/posts/\(2025 - index % 3)/similar-\(index + 1)/?ref=a&b"),
            "excerpt": .string(excerpts[index % excerpts.count]),
            "date": .string("2025-02-\(index < 9 ? "0" : "")\(index + 1)"),
            "author": .string(authors[index % authors.count]),
        ]
    }

    /// The same tree as Swift dictionaries, arrays, strings, integers and booleans.
    static func foundationTree(_ value: TemplateValue) -> Any {
        switch value {
        case .string(let string): return string
        case .number(let number): return number == number.rounded() ? Int(number) as Any : number
        case .bool(let bool): return bool
        case .list(let items): return items.map(foundationTree)
        case .dictionary(let members): return members.mapValues(foundationTree) as [String: Any]
        case .null: return Optional<Any>.none as Any
        }
    }
}
