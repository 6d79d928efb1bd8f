/// The short path of an update: edits of content files that move nothing in the site are
/// applied to the last build's ``SiteMemory`` instead of deriving the whole site again.
extension SiteBuilder {
    /// Applies edits of existing content files when none of them changes what places a page
    /// in the site: its front matter but for the title, summary and content note, and its
    /// diagnostics; a new title only where no list's order changes and the page is not in the
    /// navigation. Parses the edited files, updates the similar posts their texts change,
    /// and renders the pages that read an entry that changed (see ``SiteMemory``).
    /// - Parameters:
    ///   - files: The edited files (sources already in the last build, with new bytes).
    ///   - memory: The last successful build's memory, with a ``SiteMemory``.
    /// - Returns: The result, with the files rendered again, the same as a full build with
    ///   `memory` gives; or `nil` when the edits reach further, and then a full build must
    ///   run (it finds `memory` as it expects it).
    func patch(_ files: [SourceFile], memory: inout BuildMemory, observe: (BuildEvent) -> Void) -> BuildResult? {
        // Taken out, so that it changes in place; a full build makes a new one anyway.
        guard var site = memory.site else { return nil }
        memory.site = nil
        guard files.allSatisfy({ memory.parse.content[$0.path]?.file != nil }) else { return nil }
        observe(.started("parse"))
        guard let edits = reparse(files, site: site, memory: memory.parse) else {
            observe(.finished("parse", detail: "an edit moves a page: building the whole site"))
            return nil
        }
        var retitled: [Int] = []
        for edit in edits {
            guard let index = site.entryIndex[edit.file.path] else { continue }
            if edit.file.frontMatter.title != site.model.entries[index].title { retitled.append(index) }
            site.model.entries[index] = site.model.entries[index].with(file: edit.file)
            var problems: [Diagnostic] = []
            site.model.resolveLinks(of: index, isContentFile: { memory.parse.content[$0] != nil }, diagnostics: &problems)
            guard problems.isEmpty else {
                observe(.finished("parse", detail: "a link goes to no page: building the whole site"))
                return nil
            }
        }
        let edited = edits.compactMap { site.entryIndex[$0.file.path] }
        guard retitled.allSatisfy({ site.model.keepsOrder(retitled: $0, timeline: site.timeline) }) else {
            observe(.finished("parse", detail: "a new title reorders a list: building the whole site"))
            return nil
        }
        // From here on the edits are taken: the parses, then the similar posts, are this build's.
        for edit in edits { memory.parse.content[edit.file.path] = edit.entry }
        memory.parse.nextRevision += edits.count
        memory.parse.parsedCount = edits.count
        memory.parse.reusedCount = memory.parse.content.count + memory.parse.comments.count - edits.count
        observe(.finished("parse", detail: "\(edits.count) of \(memory.parse.content.count) content files parsed again"))

        observe(.started("derive"))
        var resimilar: [Int] = []
        if memory.similarity != nil { resimilar = site.model.updateSimilar(edited: edited, memory: &memory.similarity!) }
        observe(.finished("derive", detail: "\(edited.count) entries changed, \(resimilar.count) similar-posts lists changed"))

        observe(.started("render"))
        let renderer = PageRenderer(model: site.model, theme: site.theme, loader: site.loader, themeRevision: site.themeRevision,
                                    work: ParallelWork(jobs: options.jobs), emit: nil)
        guard let rendered = renderer.render(patching: edited + resimilar, site: &site, memory: &memory.render) else {
            observe(.finished("render", detail: "a page failed: building the whole site"))
            return nil
        }
        observe(.finished("render", detail: "\(rendered.renderedCount) of \(site.plans.count + 1) files rendered again"))
        memory.site = site
        return BuildResult(files: rendered.files, outputPaths: site.result.outputPaths, diagnostics: site.result.diagnostics,
                           pageCount: site.result.pageCount, strict: site.result.strict, rootPath: site.result.rootPath)
    }
}

private extension SiteBuilder {
    struct Edit {
        let file: ContentFile
        let entry: ParseMemory.ContentEntry
    }

    /// Parses the edited files again, with the inputs their last parse had (the options,
    /// the root path, the reserved ids, the guide's step count all stay: none of them is a
    /// content file's own bytes). Files whose bytes did not change are left out.
    /// - Returns: The new parses; `nil` if a file is not a content file that parsed, or if
    ///   a new parse fails, brings other diagnostics, or changes its page's place.
    func reparse(_ files: [SourceFile], site: SiteMemory, memory: ParseMemory) -> [Edit]? {
        var edits: [Edit] = []
        for source in files {
            guard let place = memory.places[source.path], case .content = place, let last = memory.content[source.path],
                  let lastFile = last.file else { return nil }
            if last.key.bytes == source.bytes { continue }
            let key = ParseMemory.ContentKey(bytes: source.bytes, options: last.key.options, rootPath: last.key.rootPath,
                                             reservedIDs: last.key.reservedIDs, stepCount: last.key.stepCount)
            let (file, diagnostics) = site.loader.parse(source, place: place, stepCount: key.stepCount,
                                                        revision: memory.nextRevision + edits.count)
            guard let file, diagnostics == last.diagnostics,
                  file.frontMatter.withoutTexts == lastFile.frontMatter.withoutTexts else { return nil }
            if file.kind == .page && file.frontMatter.title != lastFile.frontMatter.title { return nil }
            edits.append(Edit(file: file, entry: ParseMemory.ContentEntry(key: key, file: file, diagnostics: diagnostics)))
        }
        return edits
    }
}

private extension SiteModel {
    /// Whether every list that holds the entry (the posts, the guides, its tags, the feed's
    /// `timeline`) is still in order with its new title: a list sorted before is sorted
    /// still when each changed entry is in order with its neighbours.
    func keepsOrder(retitled index: Int, timeline: [Int]) -> Bool {
        var lists: [[Int]] = [posts, guidesByDate.map { guides[$0].article }, timeline]
        lists += entries[index].tagIndexes.map { tags[$0].entries }
        return lists.allSatisfy { list in
            guard let position = list.firstIndex(of: index) else { return true }
            if position > 0 && !Self.isNewer(entries[list[position - 1]], than: entries[index]) { return false }
            if position + 1 < list.count && !Self.isNewer(entries[index], than: entries[list[position + 1]]) { return false }
            return true
        }
    }
}
