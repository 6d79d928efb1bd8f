/// The files of a new site, as `mend init` writes them: settings with a line about each,
/// a small guide with two steps, an About and a Privacy page, a workflow that builds,
/// checks and publishes the site, and a `.gitignore`. It builds and checks clean with
/// the built-in theme, and needs nothing of Mend's repository.
public enum StarterSite {
    /// Path in the new site, and text.
    public static let files: [(path: String, text: String)] = [
        ("content/site.yml", siteYAML),
        ("content/guides/writing-a-guide/index.md", guide),
        ("content/guides/writing-a-guide/01-write-the-introduction.md", firstStep),
        ("content/guides/writing-a-guide/02-add-the-steps.md", secondStep),
        ("content/pages/about.md", about),
        ("content/pages/privacy.md", privacy),
        (".github/workflows/site.yml", workflow),
        (".gitignore", "# What mend build writes; the workflow builds it anew.\n/public/\n"),
    ]

    static let siteYAML = """
        # The settings of this site: one line about each. Mend's README lists them all.

        # The site's name: every page's header and title.
        title: "My guides"
        # One sentence about the site: the home page's lead, and what search engines show.
        description: "Calm, practical guides, one small step at a time."
        # The address the site is published at, ending in / (a sub-path such as /guides/ works too).
        base_url: https://example.org/
        # The pages' language, as an IETF tag (en, fr, pt-BR): dates follow it. For another
        # language than English, `mend theme strings --language fr >> content/site.yml` adds
        # every text the theme shows under strings:, to translate.
        language: en
        # Who writes the site: the footer, the feed and each page's structured data.
        author:
          name: "The editors"
        # Markdown: raw HTML is left out unless unsafe is true; smart makes quotes and dashes typographic.
        markdown:
          unsafe: false
          smart: true
        # How many related pages "Similar posts" lists under a page (0: none).
        similar_posts: 3
        # How many entries one page of the home page, a section or a tag lists.
        paginate: 10
        # Markdown shown gently on every guide and step page; remove it to show nothing.
        support: |
          These guides share general ideas, not professional advice. If what you are
          going through feels too heavy to carry alone, a counsellor can help. If you or
          someone else is in danger, contact your local emergency services now.
        # Readers' comments. The form shows once endpoint names where it posts (a Staticman instance).
        comments:
          enabled: true
          # endpoint: https://staticman.example/v3/entry/github/you/your-site/main/comments
          # How deep replies nest, and how many threads one page of comments shows.
          max_depth: 5
          per_page: 50

        """

    static let guide = """
        ---
        title: "Writing a guide"
        summary: "How this sample guide is made, so you can write your own in its place."
        date: 2026-01-05
        tags: [writing]
        ---

        A guide is a folder under `content/guides/`: this introduction and its closing in
        `index.md`, and one file for each step beside it, numbered in the order a reader
        takes them. Read it step by step, then make it yours.

        <!-- steps -->

        That is all a guide needs. Replace these files with your own, or start another
        guide with `mend new guide`, and preview it as you write with `mend serve`.

        """

    static let firstStep = """
        ---
        title: "Write the introduction"
        summary: "Say who the guide is for and what it helps with."
        ---

        Open [the guide's index.md](index.md) and write, above the `<!-- steps -->` line,
        a few sentences for the reader who has just arrived: what the guide is for, and
        what they will have done by its end. The text below that line closes the guide.

        """

    static let secondStep = """
        ---
        title: "Add the steps"
        summary: "One small file for each step, numbered in order."
        ---

        Each step is a file named with its number: `01-write-the-introduction.md`, then
        this one. `mend new step writing-a-guide --title "Your next step"` adds the next,
        numbered for you. Steps can link to each other by file name, as this one links
        back to [the first step](01-write-the-introduction.md).

        """

    static let about = """
        ---
        title: "About"
        summary: "Who writes these guides, and why."
        ---

        Write here who you are, why you write these guides, and how readers can reach you.

        """

    static let privacy = """
        ---
        title: "Privacy"
        summary: "No trackers, no cookies, nothing from other sites."
        ---

        This site keeps what you read to yourself: no trackers, no analytics, no cookies,
        and nothing loaded from other sites. The web server that hosts it may keep ordinary
        access logs, as most servers do.

        The list below is written from the site's settings each time it is built, so it
        always says what the site does.

        """

    static let workflow = """
        # Builds the site with Mend, checks it, and publishes it with GitHub Pages on every
        # push to main. In the repository's settings, choose "GitHub Actions" as Pages' source,
        # and set MEND_REPOSITORY below to where Mend's sources are.
        name: Build and publish the site

        on:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        env:
          MEND_REPOSITORY: https://github.com/your-account/mend.git
          MEND_REF: main

        jobs:
          build:
            runs-on: ubuntu-latest
            container: swift:6.1-noble
            steps:
              - uses: actions/checkout@v4
              - name: Install Mend
                run: |
                  apt-get update -qq && apt-get install -y -qq git make libcmark-dev pkg-config
                  git clone --depth 1 --branch "$MEND_REF" "$MEND_REPOSITORY" /tmp/mend
                  make -C /tmp/mend install
              - name: Build (a warning, such as a misspelt setting, fails the build)
                run: mend build --strict
              - name: Check links, images and headings
                run: mend check --strict
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: public

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """
}
