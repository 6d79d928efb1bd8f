/// What every page of the site reads: the configuration, the compiled theme, the
/// navigation. When any of it changes, every page is rendered again.
struct RenderGlobals: Sendable, Equatable {
    let config: SiteConfig
    /// Which compile of the templates (``ParseMemory/themeRevision``).
    let themeRevision: Int
    /// The navigation's pages (title and URL each) and whether the site has tags.
    let navigation: [String]
    let hasTags: Bool
    /// What the privacy page and the comment forms say of the reader's data.
    let privacy: PrivacyFacts

    init(model: SiteModel, themeRevision: Int) {
        config = model.config
        self.themeRevision = themeRevision
        navigation = model.pages.flatMap { [model.entries[$0].title, model.entries[$0].url] }
        hasTags = !model.tags.isEmpty
        privacy = PrivacyFacts(model: model)
    }
}
