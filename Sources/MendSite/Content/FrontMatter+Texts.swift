extension FrontMatter {
    /// The front matter without what is only shown as text (the title, the summary, the
    /// content note): what decides a page's URL, whether it is published, its date, tags,
    /// step number and comments. Two parses with equal ones put the page in the same place.
    var withoutTexts: FrontMatter {
        var copy = self
        copy.title = ""
        copy.summary = nil
        copy.contentNote = nil
        return copy
    }
}
