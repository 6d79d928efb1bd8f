/// A guide: its article and its steps in order.
public struct Guide: Sendable {
    /// Index of the article in ``SiteModel/entries``.
    public let article: Int
    /// Indexes of the steps in ``SiteModel/entries``, by step number (1, 2, 3, …).
    public let steps: [Int]

    /// The article, then the steps.
    var members: [Int] { [article] + steps }
}
