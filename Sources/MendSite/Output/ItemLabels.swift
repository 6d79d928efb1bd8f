/// The texts of the strings table that every list item and every date needs, looked up
/// once per build instead of once per item: a list of 10 items on each of 10,000 pages
/// fills them some 200,000 times.
struct ItemLabels: Sendable {
    let guide, post, page: String
    let stepOf: StringPattern?
    let stepCount, commentCount: CountedText
    let date: StringPattern?
    let months: [String]

    init(_ strings: StringTable) {
        guide = strings.text("kind_guide")
        post = strings.text("kind_post")
        page = strings.text("kind_page")
        stepOf = strings.pattern("step_of", count: nil)
        stepCount = strings.counted("step_count")
        commentCount = strings.counted("comment_count")
        date = strings.pattern("date", count: nil)
        months = strings.months
    }

    /// "Step 3 of 8".
    func stepOf(_ number: Int, total: Int) -> String {
        stepOf?.filled { $0 == "number" ? String(number) : $0 == "total" ? String(total) : nil } ?? ""
    }

    /// "1 May 2024", in the site's language.
    func date(_ date: ContentDate) -> String {
        self.date?.filled(date: date, months: months) ?? ""
    }
}
