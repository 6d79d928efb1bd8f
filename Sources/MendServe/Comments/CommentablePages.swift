import Foundation
import MendSite

/// The published pages of a site and which of them take comments, found the way a build
/// finds them: site.yml, the content's front matter, URLs (drafts are not published).
struct CommentablePages {
    /// Every published page's kind, by page path (`posts/first-post`).
    let pages: [String: ContentKind]
    let commentsEnabled: Bool

    /// Reads and derives the site under `root`.
    /// - Throws: ``CommentStoreError/siteHasErrors(_:)`` when site.yml does not load;
    ///   ``CommentStoreError/io(_:_:)`` when the sources cannot be read.
    init(root: URL) throws {
        let sources: [SourceFile]
        do {
            sources = try SourceTreeReader(root: root).read()
        } catch {
            throw CommentStoreError.io(root.path, "cannot read the site's sources (\(error.localizedDescription))")
        }
        let configPath = "content/site.yml"
        guard let file = sources.first(where: { $0.path == configPath }) else {
            throw CommentStoreError.siteHasErrors([.error(at: SourceLocation(path: configPath),
                "the site has no content/site.yml: is --source the site's folder?")])
        }
        let (parsedConfig, diagnostics) = SiteConfig.parse(file.text, path: file.path)
        guard let config = parsedConfig else { throw CommentStoreError.siteHasErrors(diagnostics) }
        let loaded = ContentLoader(config: config).load(sources)
        let (model, _) = SiteModel.derive(loaded.files, assets: loaded.assets, config: config, includeDrafts: false)
        var pages: [String: ContentKind] = [:]
        for entry in model.entries {
            pages[model.pagePath(of: entry)] = entry.kind
        }
        self.pages = pages
        commentsEnabled = config.comments.enabled
    }

    /// Checks that `page` exists and takes comments.
    /// - Throws: ``CommentStoreError/unknownPage(_:commentable:)``,
    ///   ``CommentStoreError/pageTakesNoComments(_:kind:)``, ``CommentStoreError/commentsDisabled``.
    func check(_ page: String) throws {
        guard let kind = pages[page] else {
            throw CommentStoreError.unknownPage(page, commentable: pages.filter { SiteModel.commentedKinds.contains($0.value) }.keys.sorted())
        }
        guard SiteModel.commentedKinds.contains(kind) else { throw CommentStoreError.pageTakesNoComments(page, kind: kind) }
        guard commentsEnabled else { throw CommentStoreError.commentsDisabled }
    }
}
