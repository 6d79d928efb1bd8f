/// The preview's live reload: the tag put into every HTML page the server answers with
/// (never into what `mend build` writes), and the script it loads. The script listens to
/// the server's events (Server-Sent Events at `<root>_mend/events`): it reloads the page
/// when the page changed (keeping the scroll position), swaps a changed stylesheet without
/// a reload, shows every diagnostic of a failed build in an overlay and clears it on the
/// next good build, and reconnects after the server restarts (reloading then, as the site
/// may have changed meanwhile).
enum LiveReload {
    /// Where the preview's own files live, below the site's root path.
    static let folder = "_mend"

    /// `bytes` with the script tag before the last `</body>` (in any letter case), or at the
    /// end of a page without one. The tag is `async`: the page's parsing never waits for it,
    /// nor for the stylesheets a parser-blocking script waits for, so a reload shows the new
    /// page sooner.
    static func inject(into bytes: [UInt8], root: String, page: String, session: String, version: Int) -> [UInt8] {
        let tag = Array("<script src=\"\(root)\(folder)/live.js\" data-page=\"\(escaped(page))\" data-session=\"\(session)\" data-version=\"\(version)\" async></script>".utf8)
        guard let at = lastBodyClose(in: bytes) else { return bytes + tag }
        return Array(bytes[..<at]) + tag + Array(bytes[at...])
    }

    private static func lastBodyClose(in bytes: [UInt8]) -> Int? {
        let pattern = Array("</body".utf8)
        guard bytes.count >= pattern.count else { return nil }
        var index = bytes.count - pattern.count
        while index >= 0 {
            var matches = true
            for offset in 0..<pattern.count {
                var byte = bytes[index + offset]
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
                if byte != pattern[offset] { matches = false; break }
            }
            if matches { return index }
            index -= 1
        }
        return nil
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }

    /// The script, served at `<root>_mend/live.js`.
    static let script = #"""
    // Mend preview: live reload and the error overlay. Only `mend serve` adds this script.
    (() => {
      "use strict";
      const me = document.currentScript;
      if (!me || !window.EventSource) return;
      const base = me.src.replace(/live\.js(\?.*)?$/, "");
      const page = me.dataset.page;
      const scrollKey = "mend-scroll:" + location.pathname;

      const saved = sessionStorage.getItem(scrollKey);
      if (saved !== null) {
        sessionStorage.removeItem(scrollKey);
        const [x, y] = saved.split(",").map(Number);
        const restore = () => window.scrollTo(x, y);
        if (document.readyState === "complete") restore(); else addEventListener("load", restore);
      }
      function reload() {
        sessionStorage.setItem(scrollKey, window.scrollX + "," + window.scrollY);
        location.reload();
      }

      // Whether a stylesheet of this page was swapped for its new version.
      function swapStylesheet(url, version) {
        let swapped = false;
        for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
          const href = new URL(link.href, location.href);
          if (href.pathname !== url || link.dataset.mendOld) continue;
          link.dataset.mendOld = "1";
          const fresh = link.cloneNode();
          delete fresh.dataset.mendOld;
          href.searchParams.set("mend", String(version));
          fresh.href = href.href;
          fresh.addEventListener("load", () => link.remove());
          fresh.addEventListener("error", () => { fresh.remove(); delete link.dataset.mendOld; });
          link.after(fresh);
          swapped = true;
        }
        return swapped;
      }

      function onUpdate(update) {
        if (!page) return reload();
        if (update.changed.includes(page) || update.removed.includes(page)) return reload();
        let styles = [];
        for (const path of update.changed.concat(update.removed)) {
          if (/\.css$/i.test(path)) styles.push(update.root + path);
          else if (!/\.(html?|xml|txt|json|webmanifest)$/i.test(path)) return reload();
        }
        // A stylesheet no link of this page names (an @import, say) may still be used: reload.
        for (const url of styles) if (!swapStylesheet(url, update.version)) return reload();
      }

      let overlay = null;
      function hideOverlay() {
        if (overlay) { overlay.remove(); overlay = null; }
        document.removeEventListener("keydown", onKey, true);
      }
      let dismiss = hideOverlay;
      function onKey(event) {
        if (event.key === "Escape") { event.preventDefault(); dismiss(); }
        // Focus stays in the dialog: its only control is the button.
        if (event.key === "Tab" && overlay) { event.preventDefault(); overlay.shadowRoot.querySelector("button").focus(); }
      }
      function showOverlay(errors) {
        hideOverlay();
        if (errors.length === 0) return;
        const previous = document.activeElement;
        overlay = document.createElement("mend-overlay");
        const shadow = overlay.attachShadow({ mode: "open" });
        const style = document.createElement("style");
        style.textContent = `
          :host { all: initial; }
          .backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgb(0 0 0 / 0.45);
            display: flex; align-items: flex-start; justify-content: center; overflow: auto; padding: 4vh 1rem; }
          .panel { background: #fff; color: #1f2328; max-width: 56rem; width: 100%; border-radius: 8px;
            border-top: 6px solid #b42318; box-shadow: 0 10px 30px rgb(0 0 0 / 0.3); padding: 1.25rem 1.5rem;
            font: 16px/1.5 system-ui, sans-serif; }
          h2 { font-size: 1.2rem; margin: 0 0 0.25rem; }
          p { margin: 0 0 1rem; }
          ol { list-style: none; margin: 0; padding: 0; }
          li { margin: 0 0 1rem; }
          .where { font: 600 0.95rem/1.4 ui-monospace, monospace; overflow-wrap: anywhere; }
          .error { color: #b42318; } .warning { color: #8a5300; }
          pre { margin: 0.4rem 0 0; padding: 0.6rem 0.8rem; background: #f3f4f6; border-radius: 6px; overflow-x: auto;
            font: 0.9rem/1.45 ui-monospace, monospace; }
          .caret { color: #b42318; }
          button { font: inherit; margin-top: 0.5rem; padding: 0.4rem 1rem; border-radius: 6px; border: 2px solid #1f2328;
            background: transparent; color: inherit; cursor: pointer; }
          button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
          @media (prefers-color-scheme: dark) {
            .panel { background: #1c1f24; color: #e6e8eb; border-top-color: #f97066; }
            .error, .caret { color: #f97066; } .warning { color: #f5b544; }
            pre { background: #2a2f36; } button { border-color: #e6e8eb; }
          }`;
        const backdrop = document.createElement("div");
        backdrop.className = "backdrop";
        const panel = document.createElement("div");
        panel.className = "panel";
        panel.setAttribute("role", "alertdialog");
        panel.setAttribute("aria-modal", "true");
        panel.setAttribute("aria-labelledby", "mend-title");
        panel.tabIndex = -1;
        const title = document.createElement("h2");
        title.id = "mend-title";
        const count = errors.filter((e) => e.severity === "error").length;
        title.textContent = count === 1 ? "The site has an error" : "The site has " + count + " errors";
        const note = document.createElement("p");
        note.textContent = "The preview shows the last build that worked. Fix the file and save it: this goes away by itself.";
        const list = document.createElement("ol");
        for (const e of errors) {
          const item = document.createElement("li");
          const where = document.createElement("div");
          where.className = "where";
          const place = e.line > 0 ? e.file + ":" + e.line + ":" + e.column : e.file;
          const kind = document.createElement("span");
          kind.className = e.severity;
          kind.textContent = e.severity + ": ";
          where.append(place + ": ", kind, e.message);
          item.append(where);
          if (e.source !== undefined) {
            const pre = document.createElement("pre");
            const caret = document.createElement("span");
            caret.className = "caret";
            caret.textContent = " ".repeat(Math.max(e.column - 1, 0)) + "^";
            pre.append(e.source + "\n", caret);
            item.append(pre);
          }
          list.append(item);
        }
        const close = document.createElement("button");
        close.type = "button";
        close.textContent = "Dismiss (Esc)";
        dismiss = () => { hideOverlay(); if (previous && previous.focus) previous.focus(); };
        close.addEventListener("click", () => dismiss());
        document.addEventListener("keydown", onKey, true);
        panel.append(title, note, list, close);
        backdrop.append(panel);
        shadow.append(style, backdrop);
        document.documentElement.append(overlay);
        panel.focus();
      }

      // Back from the comment form: say what happened to the comment, once.
      const pending = new URLSearchParams(location.search).get("mend-comment");
      if (pending) {
        const notice = document.createElement("p");
        notice.setAttribute("role", "status");
        notice.className = "mend-comment-notice";
        notice.style.cssText = "border-left: 4px solid currentColor; padding: 0.5rem 0.75rem; margin: 1rem 0;";
        notice.textContent = "Your comment is awaiting moderation. (Preview: it was saved as a pending file; "
          + "publish it with `mend comments approve " + pending + "`.)";
        const section = document.getElementById("comments");
        const heading = section && section.querySelector("h2");
        if (heading) heading.after(notice); else if (section) section.prepend(notice); else document.body.prepend(notice);
        const clean = new URL(location.href);
        clean.searchParams.delete("mend-comment");
        history.replaceState(null, "", clean.pathname + clean.search + clean.hash);
      }

      // A browser keeps at most six connections to one server: a tab in the background lets
      // its stream go, and on coming back reconnects (reloading if its page changed meanwhile).
      let events = null;
      function connect() {
        if (events) return;
        const query = ["page", "session", "version"].map((key) =>
          key + "=" + encodeURIComponent(key === "page" ? page : me.dataset[key])).join("&");
        events = new EventSource(base + "events?" + query);
        events.addEventListener("update", (event) => onUpdate(JSON.parse(event.data)));
        events.addEventListener("reload", () => reload());
        events.addEventListener("errors", (event) => showOverlay(JSON.parse(event.data).errors));
      }
      function disconnect() {
        if (events) { events.close(); events = null; }
      }
      document.addEventListener("visibilitychange", () => document.hidden ? disconnect() : connect());
      if (!document.hidden) connect();
    })();
    """#
}
