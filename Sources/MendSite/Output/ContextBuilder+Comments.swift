import MendMarkdown
import MendTemplates

/// `page.comments`: the comments section of guides, steps and posts.
extension ContextBuilder {
    /// The section as `plan` shows it: all the threads, or its page of them (with
    /// `pagination`, whose links end in `#comments`, when they fill more than one page).
    func comments(for plan: PagePlan, messages: CommentMessages) -> TemplateValue {
        guard let index = plan.index, let section = model.pageComments[index] else { return nil }
        let entry = model.entries[index]
        let form = formValue(for: entry, section: section, pageURL: plan.url)
        return [
            "count": .number(Double(section.count)), "has_comments": .bool(section.count > 0),
            "count_label": .string(strings.counted("comments_heading", section.count, ["title": entry.title])),
            "is_open": .bool(section.isOpen), "is_closed": .bool(!section.isOpen),
            "threads": .list(plan.commentThreads(in: model).map { comment($0, form: form, messages: messages) }),
            "pagination": plan.commentPages.map { pagination($0, page: plan.pageNumber, fragment: "#comments") } ?? .null,
            "form": form,
        ]
    }

}

private extension ContextBuilder {
    /// The form's shared settings; `nil` when comments are closed or nothing receives them.
    /// After posting, the reader comes back to the page they posted from.
    func formValue(for entry: Entry, section: PageComments, pageURL: String) -> TemplateValue {
        guard section.isOpen, let endpoint = config.comments.endpoint else { return nil }
        return ["action": .string(endpoint), "slug": .string(model.pagePath(of: entry)),
                "redirect": .string(config.absolute(pageURL) + "#comments"),
                "main": ["parent": "", "prefix": "comment", "is_reply": false]]
    }

    func comment(_ node: CommentNode, form: TemplateValue, messages: CommentMessages) -> TemplateValue {
        let comment = node.comment
        let prefix = "reply-\(comment.id)"
        return [
            "id": .string(comment.id), "anchor": .string("comment-\(comment.id)"),
            "author": .string(comment.name), "initials": .string(Self.initials(comment.name)),
            "url": comment.url.map(TemplateValue.string) ?? .null,
            "date": dateValue(comment.date), "depth": .number(Double(node.depth)),
            "message_html": .string(messages[comment].html),
            "replies": .list(node.replies.map { self.comment($0, form: form, messages: messages) }),
            "has_replies": .bool(!node.replies.isEmpty),
            "reply": form == .null ? .null : ["parent": .string(comment.id), "prefix": .string(prefix),
                                              "is_reply": true, "author": .string(comment.name)],
        ]
    }

    /// Up to two letters for an avatar drawn from the name: "Alex Morgan" -> "AM".
    static func initials(_ name: String) -> String {
        let words = name.split(whereSeparator: { $0.isWhitespace }).filter { $0.first?.isLetter == true }
        let letters = [words.first, words.count > 1 ? words.last : nil].compactMap { $0?.first }
        return letters.isEmpty ? "?" : String(letters).uppercased()
    }
}
