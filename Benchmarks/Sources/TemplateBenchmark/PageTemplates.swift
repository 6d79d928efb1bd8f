/// The Mustache sources of a blog page, compiled by both engines unchanged.
///
/// `page` fills the `title` and `content` blocks of its parent `layout`; the layout
/// includes the partials `head` and `nav`, and the page renders the `card` partial once
/// for each of its 20 similar posts.
enum PageTemplates {
    /// The template rendered; the others are its parent and partials.
    static let entry = "page"

    /// Every template by the name `{{>name}}` and `{{<name}}` use.
    static let all: [String: String] = [
        "page": page,
        "layout": layout,
        "head": head,
        "nav": nav,
        "card": card,
    ]

    // Standalone partial and block tags stand at the start of their lines: swift-mustache
    // 2.1.1 re-indents the lines of an indented partial differently from the spec (and Mend),
    // which would make the two outputs differ.
    static let layout = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <title>{{$title}}{{site.name}}{{/title}}</title>
        {{>head}}
        </head>
        <body>
        {{>nav}}
        <main id="content">
        {{$content}}<p>Nothing here yet.</p>{{/content}}
        </main>
        <footer class="site-footer">
          <p>&copy; {{site.year}} {{site.name}} &mdash; {{site.tagline}}</p>
        </footer>
        </body>
        </html>

        """

    static let head = """
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="description" content="{{post.summary}}">
        <meta property="og:title" content="{{post.title}}">
        <link rel="stylesheet" href="{{site.baseURL}}/style.css">

        """

    static let nav = """
        <header class="site-header">
          <a class="brand" href="{{site.baseURL}}/">{{site.name}}</a>
          <nav>
          {{#site.menu}}
            <a href="{{url}}">{{label}}</a>
          {{/site.menu}}
          </nav>
        </header>

        """

    static let page = """
        {{<layout}}
        {{$title}}{{post.title}} &middot; {{site.name}}{{/title}}
        {{$content}}
        <article class="post">
          <h1>{{post.title}}</h1>
          <p class="byline">By {{post.author}} &middot; <time>{{post.date}}</time></p>
          {{#post.paragraphs}}
          <p>{{.}}</p>
          {{/post.paragraphs}}
        </article>
        <section class="similar">
          <h2>Similar posts ({{similarCount}})</h2>
          <ol>
        {{#similar}}
        {{>card}}
        {{/similar}}
          </ol>
        </section>
        {{/content}}
        {{/layout}}

        """

    static let card = """
        <li class="card"><a href="{{url}}">{{title}}</a>
        <p class="meta">{{date}} &middot; {{author}}</p>
        <p>{{excerpt}}</p></li>

        """
}
