import Foundation
import MendSite

/// The published pages of a site and whether each takes comments, found the way a build
/// finds them: site.yml, the content's front matter, URLs (drafts are not published), and
/// the build's own ``SiteModel/commentAvailability(of:reference:)`` for open and closed.
struct CommentablePages {
    /// Every published page's availability, by page path (`posts/first-post`).
    let pages: [String: CommentAvailability]

    /// Reads and derives the site under `root`.
    /// - Throws: ``CommentStoreError/siteHasErrors(_:)`` when a source cannot be read (with
    ///   the reader's `path: error: …` diagnostics) or site.yml does not load.
    init(root: URL) throws {
        let sources: [SourceFile]
        do {
            sources = try SourceTreeReader(root: root).read()
        } catch {
            throw CommentStoreError.siteHasErrors(error.diagnostics)
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
        // The reference date a `mend build` without --now would use.
        let reference = model.commentReferenceDate(loaded.comments)
        var pages: [String: CommentAvailability] = [:]
        for entry in model.entries {
            pages[model.pagePath(of: entry)] = model.commentAvailability(of: entry, reference: reference)
        }
        self.pages = pages
    }

    /// Checks that `page` exists and takes comments now.
    /// - Throws: ``CommentStoreError/unknownPage(_:commentable:)``,
    ///   ``CommentStoreError/pageTakesNoComments(_:kind:)``, ``CommentStoreError/commentsDisabled``,
    ///   ``CommentStoreError/commentsClosed(_:reason:)``.
    func check(_ page: String) throws {
        guard let availability = pages[page] else {
            let open = pages.filter { $0.value.isOpen }.keys.sorted()
            throw CommentStoreError.unknownPage(page, commentable: open)
        }
        switch availability {
        case .open: return
        case .noCommentsSection(let kind): throw CommentStoreError.pageTakesNoComments(page, kind: kind)
        case .disabled: throw CommentStoreError.commentsDisabled
        case .closedInFrontMatter, .closedAfterDays: throw CommentStoreError.commentsClosed(page, reason: availability.reason ?? "")
        }
    }
}
