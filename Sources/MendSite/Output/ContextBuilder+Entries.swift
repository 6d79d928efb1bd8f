import MendMarkdown
import MendTemplates

/// The `page` keys of guides, steps, posts and pages.
extension ContextBuilder {
    func fillEntry(_ page: inout [String: TemplateValue], plan: PagePlan) {
        let index = plan.index!
        let entry = model.entries[index]
        let frontMatter = entry.frontMatter
        let document = entry.file.document
        var words = entry.file.wordCount
        page["title"] = .string(entry.title)
        page["head_title"] = headTitle(entry.title)
        page["summary"] = frontMatter.summary.map(TemplateValue.string) ?? .null
        page["description"] = .string(description(of: entry))
        page["og_type"] = entry.kind == .page ? "website" : "article"
        page["date"] = dateValue(frontMatter.date)
        page["updated"] = dateValue(frontMatter.updated)
        page["tags"] = tagList(entry.tagIndexes)
        page["has_tags"] = .bool(!entry.tagIndexes.isEmpty)
        page["params"] = frontMatter.params
        page["image"] = model.coverImageURL(of: entry).map { ["url": .string($0)] } ?? .null
        page["content_note"] = (frontMatter.contentNote ?? guideContentNote(of: entry)).map(TemplateValue.string) ?? .null
        page["content"] = .string(document.html)
        page["toc"] = toc(document.headings)
        page["has_toc"] = .bool(!document.headings.isEmpty)
        page["similar"] = .list(model.similar[index].map(item))
        page["has_similar"] = .bool(!model.similar[index].isEmpty)
        let messages = CommentMessages(plan.commentThreads(in: model), rootPath: config.rootPath)
        page["comments"] = comments(for: plan, messages: messages)
        let crumbs = entryCrumbs(entry)
        if entry.kind == .guide, let guideIndex = entry.guideIndex {
            words += fillGuide(&page, guide: model.guides[guideIndex], composition: compositions[guideIndex])
        }
        if entry.kind == .step, let guideIndex = entry.guideIndex {
            fillStep(&page, entry: entry, guide: model.guides[guideIndex], composition: compositions[guideIndex])
        }
        page["breadcrumbs"] = breadcrumbs(crumbs)
        page["word_count"] = .number(Double(words))
        let minutes = Excerpt.readingMinutes(words)
        page["reading_minutes"] = .number(Double(minutes))
        page["reading_time"] = .string(strings.counted("reading_time", minutes))
        page["json_ld"] = .string(StructuredData(model: model).forEntry(index, breadcrumbs: crumbs, wordCount: words,
                                                                                  messages: messages))
    }

    /// Home, the section, the guide of a step, and the entry itself.
    func entryCrumbs(_ entry: Entry) -> [(title: String, url: String)] {
        var crumbs: [(title: String, url: String)] = [(strings.text("home"), config.rootPath)]
        if let section = Self.section(of: entry.kind) {
            crumbs.append((strings.text(section.rawValue), config.rootPath + section.folder))
        }
        if entry.kind == .step, let guideIndex = entry.guideIndex {
            let article = model.entries[model.guides[guideIndex].article]
            crumbs.append((article.title, article.url))
        }
        crumbs.append((entry.title, entry.url))
        return crumbs
    }

    func description(of entry: Entry) -> String {
        if let summary = entry.frontMatter.summary { return summary }
        let excerpt = Excerpt.make(entry.file.document.plainText, words: 30)
        return excerpt.isEmpty ? config.description : excerpt
    }

    /// A step without a content note of its own shows its guide's.
    func guideContentNote(of entry: Entry) -> String? {
        guard entry.kind == .step, let guide = entry.guideIndex else { return nil }
        return model.entries[model.guides[guide].article].frontMatter.contentNote
    }

    /// The section page that lists an entry of this kind: guides (also for their steps) or posts.
    static func section(of kind: ContentKind) -> ListSection? {
        switch kind {
        case .guide, .step: return .guides
        case .post: return .posts
        case .page: return nil
        }
    }

    func toc(_ headings: [Heading]) -> TemplateValue {
        .list(headings.map { ["level": .number(Double($0.level)), "text": .string($0.text), "id": .string($0.id)] })
    }
}

private extension ContextBuilder {
    /// Fills a guide's steps and closing; returns the words they add.
    func fillGuide(_ page: inout [String: TemplateValue], guide: Guide, composition: GuideComposition) -> Int {
        var words = 0
        page["steps"] = .list(composition.steps.map { step in
            let entry = model.entries[step.entry]
            words += entry.file.wordCount
            return ["number": .number(Double(step.number)), "title": .string(entry.title), "url": .string(entry.url),
                    "anchor": .string(step.anchor), "heading_id": .string(step.anchor),
                    "summary": entry.frontMatter.summary.map(TemplateValue.string) ?? .null,
                    "content": .string(step.html)]
        })
        page["step_count"] = .number(Double(guide.steps.count))
        page["step_count_label"] = .string(strings.counted("step_count", guide.steps.count))
        let article = model.entries[guide.article].file
        page["closing"] = article.closingDocument.map { .string($0.html) } ?? .null
        words += article.closingWordCount
        return words
    }

    /// A step's place in its guide: its number, the guide with every step (the current one
    /// marked) and, on the last step, the guide's closing; the steps either side.
    func fillStep(_ page: inout [String: TemplateValue], entry: Entry, guide: Guide, composition: GuideComposition) {
        let article = model.entries[guide.article]
        let number = entry.stepNumber ?? 0
        let position = guide.steps.firstIndex { model.entries[$0].url == entry.url } ?? 0
        let isLast = position == guide.steps.count - 1
        page["step"] = ["number": .number(Double(number)), "total": .number(Double(guide.steps.count)),
                        "is_first": .bool(position == 0), "is_last": .bool(isLast),
                        "all_steps_label": .string(strings.counted("all_steps", guide.steps.count))]
        page["guide"] = [
            "title": .string(article.title), "url": .string(article.url),
            "steps": .list(guide.steps.enumerated().map { other, index in
                let step = model.entries[index]
                return ["number": .number(Double(step.stepNumber ?? 0)), "title": .string(step.title),
                        "url": .string(step.url), "is_current": .bool(other == position)]
            }),
            "closing": isLast ? composition.closingOnLastStep.map(TemplateValue.string) ?? .null : .null,
        ]
        page["previous"] = position > 0 ? neighbour(guide.steps[position - 1]) : .null
        page["next"] = position + 1 < guide.steps.count ? neighbour(guide.steps[position + 1]) : .null
    }

    func neighbour(_ index: Int) -> TemplateValue {
        let entry = model.entries[index]
        return ["title": .string(entry.title), "url": .string(entry.url), "number": .number(Double(entry.stepNumber ?? 0))]
    }
}
