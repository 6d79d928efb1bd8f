import MendTemplates

/// Builds the template context of every page: `site` (shared) and `page` (see the
/// README's "Template variables"). Every documented key is always present, `null` when
/// empty, so the theme can render in strict mode.
struct ContextBuilder: Sendable {
    let model: SiteModel
    /// Composed steps of each guide, by guide index.
    let compositions: [GuideComposition]
    let supportHTML: String?
    let privacy: PrivacyFacts
    let labels: ItemLabels
    /// `site` as every page outside the navigation sees it: no item current.
    private let siteElsewhere: [String: TemplateValue]
    /// The navigation's items with none current, and where each URL stands among them.
    private let navElsewhere: [TemplateValue]
    private let navPositions: [String: [Int]]
    /// The `page` keys every page starts from (see ``defaults(for:)``).
    private let pageDefaults: [String: TemplateValue]

    /// - Parameter privacy: The site's ``PrivacyFacts`` when the caller has them already
    ///   (``RenderGlobals``); worked out from `model` otherwise.
    init(model: SiteModel, compositions: [GuideComposition], supportHTML: String?, privacy: PrivacyFacts? = nil) {
        self.model = model
        self.compositions = compositions
        self.supportHTML = supportHTML
        let privacy = privacy ?? PrivacyFacts(model: model)
        self.privacy = privacy
        labels = ItemLabels(model.config.strings)
        // The same for every page but the navigation's current item: made once per build.
        let navigation = Self.navigation(of: model)
        let nav: [TemplateValue] = navigation.map { ["title": .string($0.title), "url": .string($0.url), "is_current": false] }
        navElsewhere = nav
        navPositions = Dictionary(grouping: navigation.indices, by: { navigation[$0].url })
        siteElsewhere = Self.site(model: model, supportHTML: supportHTML, privacy: privacy, nav: nav)
        pageDefaults = Self.pageDefaults(config: model.config)
    }

    var config: SiteConfig { model.config }
    var strings: StringTable { model.config.strings }

    /// The context for one page.
    func context(for plan: PagePlan) -> TemplateValue {
        var page = defaults(for: plan)
        switch plan.kind {
        case .home: fillHome(&page, plan: plan)
        case .guide, .step, .post, .page: fillEntry(&page, plan: plan)
        case .comments: fillCommentPage(&page, plan: plan)
        case .tags: fillTags(&page)
        case .tag: fillTag(&page, plan: plan)
        case .section: fillSection(&page, plan: plan)
        case .notFound: fillNotFound(&page)
        }
        return ["site": site(currentURL: plan.url), "page": .dictionary(page)]
    }
}

extension ContextBuilder {
    /// The `site` value of the page at `currentURL`.
    func site(currentURL: String) -> TemplateValue {
        guard let positions = navPositions[currentURL] else { return .dictionary(siteElsewhere) }
        var nav = navElsewhere
        for position in positions {
            guard case .dictionary(var item) = nav[position] else { continue }
            item["is_current"] = true
            nav[position] = .dictionary(item)
        }
        var site = siteElsewhere
        site["nav"] = .list(nav)
        return .dictionary(site)
    }

    /// The navigation's items, in order: home, every stand-alone page, and tags when there are any.
    private static func navigation(of model: SiteModel) -> [(title: String, url: String)] {
        let root = model.config.rootPath
        var nav: [(title: String, url: String)] = [(model.config.strings.text("home"), root)]
        nav += model.pages.map { (model.entries[$0].title, model.entries[$0].url) }
        if !model.tags.isEmpty { nav.append((model.config.strings.text("tags"), root + "tags/")) }
        return nav
    }

    private static func site(model: SiteModel, supportHTML: String?, privacy: PrivacyFacts, nav: [TemplateValue]) -> [String: TemplateValue] {
        let config = model.config
        let root = config.rootPath
        return [
            "title": .string(config.title), "description": .string(config.description),
            "language": .string(config.language), "base_url": .string(config.baseURL), "root": .string(root),
            "author": ["name": .string(config.author.isEmpty ? config.title : config.author)],
            "support_html": supportHTML.map(TemplateValue.string) ?? .null,
            "feed_url": .string(root + AtomFeed.outputPath), "style_url": .string(root + "assets/style.css"),
            "nav": .list(nav),
            "params": config.params,
            "privacy": [
                "url": privacy.url.map(TemplateValue.string) ?? .null,
                "comment_host": privacy.commentHost.map(TemplateValue.string) ?? .null,
                "script_url": privacy.scriptURL.map(TemplateValue.string) ?? .null,
            ],
        ]
    }

    /// Every `page` key with its empty value, and the ones every page has.
    func defaults(for plan: PagePlan) -> [String: TemplateValue] {
        var page = pageDefaults
        page["kind"] = .string(plan.kind.rawValue)
        page["url"] = .string(plan.url)
        page["permalink"] = .string(config.absolute(plan.url))
        for (kind, key) in Self.kindKeys where kind == plan.kind { page[key] = true }
        page["is_privacy"] = .bool(plan.kind == .page && plan.url == privacy.url)
        return page
    }

    /// `is_home`, `is_not_found`, …: one per kind of page.
    private static let kindKeys = PagePlan.Kind.allCases.map { ($0, "is_\($0.rawValue.replacingHyphens)") }

    /// ``defaults(for:)`` before the page's own: every documented key empty, every `is_` false.
    private static func pageDefaults(config: SiteConfig) -> [String: TemplateValue] {
        var page: [String: TemplateValue] = [
            "kind": "", "url": "", "permalink": "", "og_type": "website",
            "title": "", "head_title": .string(config.title), "description": .string(config.description),
            "summary": nil, "date": nil, "updated": nil, "tags": [], "has_tags": false, "content_note": nil,
            "content": "", "toc": [], "has_toc": false, "word_count": 0, "reading_minutes": 0,
            "breadcrumbs": [], "json_ld": "", "similar": [], "has_similar": false, "comments": nil, "entry": nil, "params": [:], "image": nil,
            "steps": [], "step_count": 0, "step_count_label": "", "reading_time": "", "closing": nil, "step": nil, "guide": nil, "previous": nil, "next": nil,
            "guides": [], "posts": [], "has_guides": false, "has_posts": false, "items": [], "tag": nil, "all_tags": [],
            "section": nil, "pagination": nil, "is_privacy": false,
        ]
        for (_, key) in kindKeys { page[key] = false }
        return page
    }

    func headTitle(_ title: String) -> TemplateValue { .string("\(title) · \(config.title)") }

    func breadcrumbs(_ crumbs: [(title: String, url: String)]) -> TemplateValue {
        .list(crumbs.enumerated().map { position, crumb in
            ["title": .string(crumb.title), "url": .string(crumb.url), "is_last": .bool(position == crumbs.count - 1)]
        })
    }

    func dateValue(_ date: ContentDate?) -> TemplateValue {
        guard let date else { return nil }
        return ["iso": .string(date.iso), "display": .string(labels.date(date))]
    }

    func tagList(_ indexes: [Int]) -> TemplateValue {
        .list(indexes.map { ["name": .string(model.tags[$0].name), "url": .string(model.tags[$0].url)] })
    }

    /// A page as an item of a list (home, tag pages, similar posts).
    func item(_ index: Int) -> TemplateValue {
        let entry = model.entries[index]
        let stepCount = entry.kind == .guide ? entry.guideIndex.map { model.guides[$0].steps.count } ?? 0 : 0
        let comments = model.pageComments[index]?.count ?? 0
        return ["title": .string(entry.title), "url": .string(entry.url),
                "summary": entry.frontMatter.summary.map(TemplateValue.string) ?? .null,
                "kind_label": .string(kindLabel(entry)), "date": dateValue(entry.frontMatter.date),
                "step_count": .number(Double(stepCount)), "step_count_label": .string(labels.stepCount(stepCount)),
                "comment_count": .number(Double(comments)), "comment_count_label": .string(labels.commentCount(comments))]
    }

    func kindLabel(_ entry: Entry) -> String {
        switch entry.kind {
        case .guide: return labels.guide
        case .post: return labels.post
        case .page: return labels.page
        case .step:
            let total = entry.guideIndex.map { model.guides[$0].steps.count } ?? 0
            return labels.stepOf(entry.stepNumber ?? 0, total: total)
        }
    }
}

private extension String {
    var replacingHyphens: String { String(map { $0 == "-" ? "_" : $0 }) }
}
