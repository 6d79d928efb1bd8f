/// How the "Similar posts" engine weighs tags against text and how much of each
/// document it keeps in its index.
///
/// The score of page `b` for page `a` is
///
///     score = tagWeight × tagCosine(a, b) + textWeight × textCosine(a, b)
///
/// where both cosines lie in 0...1, so with the defaults (0.4 and 0.6) the score
/// does too. Author-chosen tags are a strong signal, but a page's text is usually
/// richer, hence text weighs a little more. A weight of zero turns its signal off.
public struct SimilarityOptions: Sendable, Hashable {
    /// Weight of the cosine between the pages' tag vectors. Default 0.4.
    public var tagWeight: Double
    /// Weight of the cosine between the pages' TF-IDF text vectors. Default 0.6.
    public var textWeight: Double
    /// A tag on more than this fraction of all pages is ignored, like Hugo's
    /// related-content `cardinalityThreshold` (default 0.5: a tag on more than half
    /// of the pages says nothing about which of them belong together).
    /// 1 or more keeps every tag.
    public var tagCardinalityThreshold: Double
    /// How many of its highest-weighted terms each page keeps (default 32). The text
    /// cosine is taken between these truncated, re-normalized vectors.
    public var termsPerDocument: Int
    /// How many pages each term's posting list keeps, those with the highest weight for
    /// it (default 1024). Bounds the work per page on large
    /// sites; it only limits which pages are *found* as candidates, never their
    /// score. On 100,000 synthetic pages (Zipf words from a 20,000-word vocabulary),
    /// the suggestions found with 1024 scored 99% of an exhaustive search's, with
    /// 256 only 90%; the cap matters most for pages made of very common words.
    public var postingsPerTerm: Int
    /// How many of its heaviest terms a page looks candidates up by (default 8 of its 32), on
    /// a site of more than `postingsPerTerm` pages; on a smaller one, every term. The lightest
    /// terms of a page are its commonest words, with the longest posting lists, and on a large
    /// site seldom decide which pages are the most similar: on 100,000 pages they were most of
    /// the search's work. Candidates found are then scored on every term. On 100,000 pages of
    /// the site benchmark, the suggestions found with 8 scored 99.1 % of an exhaustive search's
    /// (16: 99.3 %, for 40 % more time); on 2,000 synthetic pages, 99.998 %.
    public var termsPerQuery: Int
    /// How many pages each tag's posting list keeps (default 4096), those with the highest
    /// weight for it (ties: newer). A page has few tags and they weigh most in its score, so
    /// their lists are kept longer than a term's: on 100,000 pages of the site benchmark (149
    /// tags, on ~1,700 pages on average, up to ~20,000), cutting them at 1,024 left out pages
    /// sharing two or three tags with the page, and the suggestions found scored 96 % of an
    /// exhaustive search's (99.1 % at 4,096).
    public var postingsPerTag: Int

    /// Creates options; every parameter has the documented default.
    /// - Parameters:
    ///   - tagWeight: Weight of the tag cosine.
    ///   - textWeight: Weight of the text cosine.
    ///   - tagCardinalityThreshold: Fraction of pages above which a tag is ignored.
    ///   - termsPerDocument: Terms kept per page.
    ///   - postingsPerTerm: Pages kept per term posting list.
    ///   - termsPerQuery: Heaviest terms a page looks candidates up by.
    ///   - postingsPerTag: Pages kept per tag posting list.
    public init(
        tagWeight: Double = 0.4,
        textWeight: Double = 0.6,
        tagCardinalityThreshold: Double = 0.5,
        termsPerDocument: Int = 32,
        postingsPerTerm: Int = 1024,
        termsPerQuery: Int = 8,
        postingsPerTag: Int = 4096
    ) {
        self.tagWeight = tagWeight
        self.textWeight = textWeight
        self.tagCardinalityThreshold = tagCardinalityThreshold
        self.termsPerDocument = max(1, termsPerDocument)
        self.postingsPerTerm = max(1, postingsPerTerm)
        self.termsPerQuery = max(1, termsPerQuery)
        self.postingsPerTag = max(1, postingsPerTag)
    }
}
