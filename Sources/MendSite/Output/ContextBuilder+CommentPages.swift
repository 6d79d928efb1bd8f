import MendTemplates

/// The `page` keys of page 2 and on of an entry's comments (`/posts/x/comment-page-2/`):
/// the entry it belongs to, and its page of the comment threads.
extension ContextBuilder {
    func fillCommentPage(_ page: inout [String: TemplateValue], plan: PagePlan) {
        guard let index = plan.index, let pages = plan.commentPages else { return }
        let entry = model.entries[index]
        let label = pageLabel(plan.pageNumber, of: pages.pageCount)
        let position = ["number": String(plan.pageNumber), "total": String(pages.pageCount), "title": entry.title]
        let title = strings.text("comments_on", ["title": entry.title])
        page["title"] = .string(title)
        page["head_title"] = headTitle("\(title) — \(label)")
        page["description"] = .string(strings.text("comments_page_description", position))
        page["entry"] = ["title": .string(entry.title), "url": .string(entry.url)]
        let messages = CommentMessages(plan.commentThreads(in: model), rootPath: config.rootPath)
        page["comments"] = comments(for: plan, messages: messages)
        let crumbs = entryCrumbs(entry) + [(strings.text("comments_page_crumb", position), plan.url)]
        page["breadcrumbs"] = breadcrumbs(crumbs)
        page["json_ld"] = .string(StructuredData(model: model).forComments(
            of: index, pageURL: plan.url, title: title, breadcrumbs: crumbs, messages: messages))
    }
}
