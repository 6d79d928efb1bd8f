/// The render stage of an edit that moves nothing (``SiteMemory``): only the pages that
/// read an entry whose facts changed.
extension PageRenderer {
    /// What ``render(patching:site:memory:)`` made, and what it changes in the memories.
    struct Patch {
        var files: [OutputFile] = []
        /// How many pages (and the feed) were rendered.
        var renderedCount = 0
    }

    /// Renders the pages that read any of `candidates` whose ``EntryFacts`` changed, and the
    /// feed if it reads one; `model` is `site.model` with some entries' parses and similar
    /// posts changed, nothing else. Leaves `site` and `memory` as a full render would (the
    /// facts, inputs and compositions it changed), or untouched when a page fails to render.
    /// - Returns: The files rendered, or `nil` when a page failed (a full build then reports it).
    func render(patching candidates: [Int], site: inout SiteMemory, memory: inout RenderMemory) -> Patch? {
        var facts: [(path: String, facts: EntryFacts)] = []
        var changed: [Int] = []
        for index in Set(candidates).sorted() {
            let entryFacts = EntryFacts(index, in: model)
            let path = model.entries[index].file.path
            guard memory.facts[path] != entryFacts else { continue }
            facts.append((path, entryFacts))
            changed.append(index)
        }
        var compositions = site.compositions
        var composed: [Int] = []
        for guide in Set(changed.compactMap { model.entries[$0].guideIndex }).sorted() {
            let key = CompositionKey(model.guides[guide], in: model)
            guard compositions[guide].key != key else { continue }
            compositions[guide] = GuideComposition(guide: model.guides[guide], key: key, model: model, options: options)
            composed.append(guide)
        }
        let contexts = ContextBuilder(model: model, compositions: compositions, supportHTML: site.supportHTML)
        let stale = Set(changed.flatMap { site.readers[$0] }).sorted()
        let plans = site.plans
        let pages = work.map(stale.count) { renderPage(plans[stale[$0]], contexts: contexts) }
        // A page whose template is missing is left out, as a full build leaves it out.
        guard pages.allSatisfy({ $0.1 == nil }) else { return nil }
        var patch = Patch(files: pages.compactMap(\.0), renderedCount: stale.count)
        let feedChanged = changed.contains { site.feedReads.contains($0) }
        if feedChanged {
            patch.files.append(feed(items: site.feedItems, compositions: compositions))
            patch.renderedCount += 1
        }

        // Everything rendered: the memories take this build's facts, inputs and compositions.
        for (path, entryFacts) in facts { memory.facts[path] = entryFacts }
        for guide in composed { memory.compositions[model.entries[model.guides[guide].article].file.path] = compositions[guide] }
        site.compositions = compositions
        for position in stale {
            let inputs = PageInputs(plans[position], in: model)
            let read = Set(inputs.readIndexes)
            // The entries the page read and reads no more (a similar post it lost) stop naming it.
            for index in site.reads[position] where !read.contains(index) { site.readers[index].removeAll { $0 == position } }
            site.reads[position] = inputs.readIndexes
            memory.files[plans[position].outputPath] = inputs
            for index in inputs.readIndexes where !site.readers[index].contains(position) { site.readers[index].append(position) }
        }
        if feedChanged {
            let inputs = feedInputs(items: site.feedItems)
            memory.files[AtomFeed.outputPath] = inputs
            site.feedReads = Set(inputs.readIndexes)
        }
        patch.files.sort { $0.path < $1.path }
        return patch
    }
}
