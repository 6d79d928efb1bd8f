import MendTemplates

/// The `page` keys of page 2 and on of an entry's comments (`/posts/x/comment-page-2/`):
/// the entry it belongs to, and its page of the comment threads.
extension ContextBuilder {
    func fillCommentPage(_ page: inout [String: TemplateValue], plan: PagePlan) {
        guard let index = plan.index, let pages = plan.commentPages else { return }
        let entry = model.entries[index]
        let label = Self.pageLabel(plan.pageNumber, of: pages.pageCount)
        let title = "Comments on “\(entry.title)”"
        page["title"] = .string(title)
        page["head_title"] = headTitle("\(title) — \(label)")
        page["description"] = .string("\(label) of the readers’ comments on “\(entry.title)”.")
        page["entry"] = ["title": .string(entry.title), "url": .string(entry.url)]
        let messages = CommentMessages(plan.commentThreads(in: model), rootPath: config.rootPath)
        page["comments"] = comments(for: plan, messages: messages)
        let crumbs = entryCrumbs(entry) + [("Comments, \(label.lowercasedFirst)", plan.url)]
        page["breadcrumbs"] = breadcrumbs(crumbs)
        page["json_ld"] = .string(StructuredData(model: model).forComments(
            of: index, pageURL: plan.url, title: title, breadcrumbs: crumbs, messages: messages))
    }
}

private extension String {
    /// "Page 2 of 5" -> "page 2 of 5".
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
