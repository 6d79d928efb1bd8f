import Foundation
@testable import MendSite
import Testing

/// A whole site with `language: fr` and every string translated (Tests/Fixtures/french-site):
/// no English text of the theme or the core is left on any page, in the feed or in the JSON-LD.
@Suite("A site in French")
struct FrenchSiteTests {
    let result: BuildResult
    let french: StringTable

    init() throws {
        let root = Fixtures.site("french-site")
        result = try Fixtures.build(root, options: BuildOptions(strict: true))
        let text = try String(contentsOf: root.appendingPathComponent("content/site.yml"), encoding: .utf8)
        french = try #require(SiteConfig.parse(text, path: "content/site.yml").0).strings
    }

    @Test func buildsEveryKindOfPage() throws {
        try #require(result.succeeded, "\(result.diagnostics)")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let paths = Set(result.files.map(\.path))
        for path in ["index.html", "page/2/index.html", "guides/index.html", "guides/confiance/index.html",
                     "guides/confiance/patience/index.html", "posts/ecouter/index.html",
                     "posts/ecouter/comment-page-2/index.html", "posts/page/2/index.html", "tags/index.html",
                     "tags/confiance/page/2/index.html", "privacy/index.html", "404.html",
                     "2023/ecoute/index.html", "feed.xml"] {
            #expect(paths.contains(path), "no \(path)")
        }
    }

    @Test func noEnglishIsLeft() throws {
        try #require(result.succeeded, "\(result.diagnostics)")
        let english = Self.englishPieces().filter { !Self.containsWord($0, in: Self.texts(of: french)) }
        try #require(english.count > 60, "the built-in table should give many English texts to look for")
        var found: [String] = []
        for file in result.files where file.path.hasSuffix(".html") || file.path == "feed.xml" {
            let shown = Self.readerText(String(decoding: file.bytes, as: UTF8.self), isFeed: file.path == "feed.xml")
            for piece in english where Self.containsWord(piece, in: shown) { found.append("\(file.path): \(piece)") }
        }
        #expect(found.isEmpty, "English left: \(found.joined(separator: "; "))")
    }

    @Test func countsDatesAndLabelsAreFrench() throws {
        let guide = try #require(Fixtures.text(result, "guides/confiance/index.html"))
        #expect(guide.contains("<time datetime=\"2024-05-01\">1 mai 2024</time>"))
        #expect(guide.contains("Mis à jour le <time datetime=\"2024-06-12\">12 juin 2024</time>"))
        #expect(guide.contains("<span>3 étapes</span>"))
        #expect(guide.contains("<span class=\"step-number\">Étape 2 :</span> Assumer ses actes"))
        #expect(guide.contains("\"name\":\"Accueil\""), "the JSON-LD breadcrumbs")
        let post = try #require(Fixtures.text(result, "posts/ecouter/index.html"))
        #expect(post.contains("3 commentaires sur « Écouter vraiment »"))
        #expect(post.contains("<time datetime=\"2024-03-06T10:00:00Z\">6 mars 2024</time>"))
        #expect(post.contains("Répondre à <bdi>Camille</bdi>"), "the template's markup in a translated string")
        #expect(post.contains("data-posting=\"Envoi…\""))
        let step = try #require(Fixtures.text(result, "guides/confiance/patience/index.html"))
        #expect(step.contains("<p class=\"eyebrow\">Étape 3 sur 3</p>"))
        #expect(step.contains("<summary>Les 3 étapes du guide</summary>"))
        let feed = try #require(Fixtures.text(result, "feed.xml"))
        #expect(feed.contains("Étape 1 : Reconnaître la douleur"))
        let alias = try #require(Fixtures.text(result, "2023/ecoute/index.html"))
        #expect(alias.contains("<title>Cette page a changé d’adresse</title>"))
        #expect(alias.contains("<html lang=\"fr\">"))
    }
}

private extension FrenchSiteTests {
    /// The English of the built-in table (and its month names), cut at placeholders, without
    /// the spaces and punctuation at the ends: each piece with three letters or more.
    static func englishPieces() -> [String] {
        let patterns = StringTable.builtIn.values.flatMap { entry -> [StringPattern] in
            switch entry {
            case .text(let pattern): return [pattern]
            case .counted(let forms): return Array(forms.values)
            }
        }
        let pieces = patterns.flatMap(\.pieces).compactMap { piece -> String? in
            guard case .text(let text) = piece else { return nil }
            return text.trimmingCharacters(in: CharacterSet(charactersIn: " .,:;()*“”’—\n"))
        } + DateNames.forLanguage("en").months
        return Set(pieces).filter { $0.filter(\.isLetter).count >= 3 }.sorted()
    }

    static func texts(of table: StringTable) -> String {
        table.entries.values.flatMap { entry -> [StringPattern] in
            switch entry {
            case .text(let pattern): return [pattern]
            case .counted(let forms): return Array(forms.values)
            }
        }.map { $0.filled([:]) }.joined(separator: "\n")
    }

    /// `word` in `text`, not inside a longer word.
    static func containsWord(_ word: String, in text: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: word) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            rest = text[range.upperBound...]
        }
        return false
    }

    /// What a reader is shown or told: the text between tags, the attributes read out or
    /// shown (aria-label, content, title, alt, data-posting) and the JSON-LD's values; for
    /// the feed, its texts and the HTML of its entries in turn.
    static func readerText(_ source: String, isFeed: Bool) -> String {
        var parts: [String] = []
        var html = source
        for match in source.matches(of: /<script type="application\/ld\+json">(.*?)<\/script>/) {
            if let data = String(match.1).data(using: .utf8), let json = try? JSONSerialization.jsonObject(with: data) {
                parts += jsonValues(json)
            }
        }
        html = html.replacing(/<script[^>]*>.*?<\/script>/.dotMatchesNewlines(), with: "")
        for match in html.matches(of: /\s(?:aria-label|content|title|alt|data-posting)="([^"]*)"/) {
            parts.append(unescape(String(match.1)))
        }
        let text = unescape(html.replacing(/<[^>]*>/, with: " "))
        parts.append(isFeed ? unescape(text.replacing(/<[^>]*>/, with: " ")) : text)
        return parts.joined(separator: "\n")
    }

    /// Every string value of a JSON document but those of `@` keys (`@type` is schema.org's vocabulary).
    static func jsonValues(_ value: Any) -> [String] {
        switch value {
        case let text as String: return [text]
        case let list as [Any]: return list.flatMap(jsonValues)
        case let object as [String: Any]: return object.filter { !$0.key.hasPrefix("@") }.flatMap { jsonValues($0.value) }
        default: return []
        }
    }

    static func unescape(_ text: String) -> String {
        text.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&#39;", with: "'").replacing("&amp;", with: "&")
    }
}
