/// The built-in strings table, in English: every text the core and the default theme
/// show a reader. `strings:` in `content/site.yml` replaces any entry (see the README's
/// "Strings and languages", which lists them all in this order).
enum BuiltInStrings {
    /// One entry: a text, or for a counted string its plural forms (`count` is the number).
    enum Value {
        case text(String)
        case counted([PluralForm: String])
    }

    static let english: [(key: String, value: Value)] = [
        // Names of pages and kinds, in navigation, breadcrumbs, lists and titles.
        ("home", .text("Home")),
        ("tags", .text("Tags")),
        ("guides", .text("Guides")),
        ("posts", .text("Posts")),
        ("kind_guide", .text("Guide")),
        ("kind_post", .text("Post")),
        ("kind_page", .text("Page")),
        ("step_of", .text("Step {{number}} of {{total}}")),
        ("step_label", .text("Step {{number}}:")),
        ("step_count", .counted([.one: "{{count}} step", .other: "{{count}} steps"])),
        ("all_steps", .counted([.one: "The only step of the guide", .other: "All {{count}} steps of the guide"])),
        ("reading_time", .counted([.other: "{{count}} min read"])),
        ("updated", .text("Updated {{date}}")),
        ("page_of", .text("Page {{number}} of {{total}}")),
        ("tagged", .text("Tagged “{{tag}}”")),
        ("tag_description", .text("Everything on {{site}} tagged “{{tag}}”.")),
        ("section_description", .text("{{section}} on {{site}}, newest first.")),
        ("not_found", .text("Page not found")),
        ("moved_title", .text("This page has moved")),
        ("moved_text", .text("This page has moved to {{link}}.")),
        // Dates: `months` (January to December, as a date writes them) and the order.
        ("date", .text("{{day}} {{month}} {{year}}")),
        // The frame of every page.
        ("skip_to_content", .text("Skip to content")),
        ("site_nav", .text("Site")),
        ("breadcrumb", .text("Breadcrumb")),
        ("feed_link", .text("Follow new guides with the Atom feed")),
        ("not_found_lead", .text("Sorry — there is nothing at this address. The page may have moved, or a letter in the link may have slipped.")),
        ("not_found_home", .text("You are welcome to start again from the {{home_link}}.")),
        ("home_page", .text("home page")),
        // Lists.
        ("section_guides_lead", .text("Every guide, step by step, newest first.")),
        ("section_posts_lead", .text("Every post, newest first.")),
        ("tag_lead", .text("Guides, steps and posts tagged “{{name}}”.")),
        ("tags_lead", .text("Every topic on this site, with the number of guides, steps and posts about it.")),
        ("pages", .text("Pages")),
        ("previous", .text("Previous")),
        ("next", .text("Next")),
        ("page_suffix", .text(" page")),
        ("page_link", .text("Page")),
        // Guides and steps.
        ("before_you_read", .text("Before you read:")),
        ("in_this_guide", .text("In this guide")),
        ("on_this_page", .text("On this page")),
        ("open_step", .text("Open step {{number}} on its own page{{title}}")),
        ("from_guide", .text("From “{{title}}”: {{page.permalink}}")),
        ("this_step", .text("(this step)")),
        ("guide_end", .text("The end of the guide")),
        ("back_to_start", .text("Back to the start of “{{title}}”")),
        ("steps_nav", .text("Steps")),
        ("previous_step", .text("Previous: Step {{number}}")),
        ("previous_intro", .text("Previous: the introduction")),
        ("next_step", .text("Next: Step {{number}}")),
        ("back_to_guide", .text("Back to the whole guide")),
        ("tags_label", .text("Tags:")),
        ("similar_posts", .text("Similar posts")),
        ("finding_support", .text("Finding support")),
        // Comments.
        ("comments_heading", .counted([.none: "No comments yet", .one: "One thought on “{{title}}”",
                                       .other: "{{count}} thoughts on “{{title}}”"])),
        ("comment_count", .counted([.other: "Comments: {{count}}"])),
        ("comments_on", .text("Comments on “{{title}}”")),
        ("comments_page_crumb", .text("Comments, page {{number}} of {{total}}")),
        ("comments_page_description", .text("Page {{number}} of {{total}} of the readers’ comments on “{{title}}”.")),
        ("back_to", .text("Back to “{{title}}”")),
        ("comment_pages", .text("Comment pages")),
        ("older_comments", .text("Older comments")),
        ("newer_comments", .text("Newer comments")),
        ("comments_page", .text("Comments page")),
        ("comments_closed", .text("Comments are closed.")),
        ("leave_reply", .text("Leave a Reply")),
        ("reply_to", .text("Reply to {{author}}")),
        ("comment_notes", .text("Comments appear once a moderator has read them. Your name is shown with your comment (a first name or a pseudonym is fine); your email address never is. Pressing “Post Comment” sends what you enter to {{host}}{{privacy}}. Required fields are marked *")),
        ("privacy_link", .text("how your data is handled")),
        ("field_comment", .text("Comment")),
        ("field_name", .text("Name")),
        ("field_email", .text("Email")),
        ("field_website", .text("Website")),
        ("field_honeypot", .text("Leave this field empty")),
        ("post_comment", .text("Post Comment")),
        ("posting", .text("Posting…")),
        ("cancel_reply", .text("Cancel reply")),
        // The privacy page's "What this site does, exactly".
        ("privacy_facts_title", .text("What this site does, exactly")),
        ("privacy_local", .text("Every page, style and icon comes from this site alone, and no page sets a cookie.")),
        ("privacy_script", .text("Pages with a comment form load one small script of this site’s, {{script}}: it moves the focus into a reply form and keeps a comment from being sent twice. It sends nothing and stores nothing.")),
        ("privacy_no_script", .text("No page loads any JavaScript.")),
        ("privacy_form", .text("A comment form sends your comment, name, email address and website (if you give one) to {{host}}, and only when you press “Post Comment”. Comments appear once a moderator has read them; your name and website are shown with your comment, your email address never is.")),
        ("privacy_no_form", .text("No page has a form: nothing you do here is sent anywhere.")),
    ]
}
