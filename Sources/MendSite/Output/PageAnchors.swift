/// Anchors the site itself puts on pages; one source of truth for the visible headings,
/// the table of contents and the JSON-LD.
enum PageAnchors {
    /// `step-3`: a step's section on its guide's page.
    static func step(_ number: Int) -> String { "step-\(number)" }
}
