import MendSite
import Testing

/// Small helpers for the "Similar posts" tests: build documents tersely and
/// compare results by key, failing at the caller's line.
enum SimilarityTestSupport {
    static func document(
        _ key: String, tags: [String] = [], _ text: String = "", date: String? = nil, candidate: Bool = true
    ) -> SimilarityDocument {
        SimilarityDocument(key: key, tags: tags, text: text, date: date, isCandidate: candidate)
    }

    /// The keys of the pages most similar to the page keyed `key`.
    static func similarKeys(
        to key: String, in documents: [SimilarityDocument], count: Int = 3,
        options: SimilarityOptions = SimilarityOptions()
    ) -> [String] {
        let index = SimilarityIndex(documents, options: options)
        let position = documents.firstIndex { $0.key == key }!
        return index.similar(to: position, count: count).map { documents[$0].key }
    }

    /// Every page's similar pages, as keys, keyed by the page's key.
    static func allSimilarKeys(
        _ documents: [SimilarityDocument], count: Int = 3, options: SimilarityOptions = SimilarityOptions()
    ) -> [String: [String]] {
        let results = SimilarityIndex(documents, options: options).allSimilar(count: count)
        var byKey: [String: [String]] = [:]
        for (document, similar) in zip(documents, results) { byKey[document.key] = similar.map { documents[$0].key } }
        return byKey
    }

    /// Expects the page keyed `key` to get exactly `expected`, in that order.
    static func expectSimilar(
        to key: String, in documents: [SimilarityDocument], count: Int = 3, equals expected: [String],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let actual = similarKeys(to: key, in: documents, count: count)
        #expect(actual == expected, "similar to \(key)", sourceLocation: sourceLocation)
    }
}
