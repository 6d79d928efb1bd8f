#!/usr/bin/env python3
"""Generate two equivalent synthetic sites for the Mend-vs-Hugo build benchmark.

    generate.py --pages N --out DIR [--seed S]

writes

    DIR/mend/content/...      a Mend site (the default theme is built into mend)
    DIR/hugo/config/...       a Hugo site with the same Markdown and front matter
    DIR/hugo/content/...
    DIR/hugo/layouts/...      a small theme of its own
    DIR/cmark/bodies.md       every content file's Markdown body (no front matter), in one
                              file, for the `cmark` CLI floor (run.sh)

About N content pages: ~40% guides (a guide page plus 8 step pages each), ~55-60%
posts, and a few stand-alone pages. The output depends only on N and the seed:
the same arguments always write byte-identical files. Python 3 standard library only.
"""

import argparse
import datetime
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Vocabulary. Words are drawn with Zipf-like weights (1/rank), so a few words are
# very common and most are rare, as in real prose; that matters for TF-IDF.

FUNCTION_WORDS = """
the of and to a in that is it for you with as on be this are your can not or
have but at by from they we an what when more all one their about if will so
there each other can how do often even may also just than much some time both
these those who which into only most very without through every because before
after while again still need our us its them then
""".split()

CONTENT_WORDS = """
trust partner relationship conversation feelings healing honesty patience time
listen listening boundaries respect support change effort commitment apology
repair anger sadness hurt betrayal calm kindness care attention moment space
habit routine promise consistency empathy understanding forgiveness courage
vulnerability safety connection closeness distance conflict argument disagreement
compromise agreement pause breath walk evening morning weekend dinner message
phone question answer story memory future past present plan goal step progress
setback week month year friend family counsellor therapist session journal letter
gratitude appreciation gesture touch laughter silence voice tone words meaning
need want hope fear worry doubt confidence reassurance check-in ritual evening
home household chores money budget work stress rest sleep energy health body
mind heart choice decision value priority balance fairness responsibility
accountability mistake pattern trigger reaction response signal sign
transparency openness privacy expectation assumption intention impact perspective
curiosity interest gentleness warmth steadiness reliability presence effortless
small simple honest clear gentle steady slow quiet difficult hard painful
important useful practical daily regular shared separate together alone
new old real true whole open careful kind patient brave tired ready willing
notice name share ask tell explain agree decide choose try practise repeat
remember forget rebuild restore recover grow learn keep give take offer accept
hold follow return begin continue finish stop wait plan write read talk meet
spend feel think know show build earn lose break mend carry protect welcome
""".split()


def pseudo_words(count, seed):
    """A long tail of made-up but pronounceable words ("velorin", "tasket"), so the
    vocabulary is as large as a real site's (thousands of distinct words)."""
    rng = random.Random(seed)
    onsets = "b c d f g h j k l m n p r s t v w z br cl dr fl gr pl st tr".split()
    vowels = "a e i o u ai ea ou".split()
    codas = ["", "", "n", "r", "s", "t", "l", "nd", "rk", "st"]
    words, seen = [], set(CONTENT_WORDS) | set(FUNCTION_WORDS)
    while len(words) < count:
        w = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 3)))
        w += rng.choice(codas)
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


TAG_BASES = """
trust communication healing boundaries honesty forgiveness empathy conflict
intimacy patience apology repair listening respect gratitude commitment therapy
counselling anger grief jealousy betrayal rituals habits money family parenting
friendship dating marriage distance work-life stress sleep self-care mindfulness
journaling values goals change support kindness vulnerability resilience
""".split()
TAG_MODIFIERS = ["basics", "advanced", "daily", "couples", "after-betrayal",
                 "long-distance", "first-steps", "everyday", "hard-talks", "habits"]


def tag_vocabulary(rng):
    """~150 tags: the 45 bases plus ~105 base-modifier pairs, in a fixed order."""
    pairs = [f"{b}-{m}" for b in TAG_BASES for m in TAG_MODIFIERS if b != m]
    rng.shuffle(pairs)
    return TAG_BASES + pairs[:105]


class Writer:
    """Writes text: about 45% function words (Zipf, s=1) and 55% content words drawn
    from ~4,300 real and made-up words (Zipf, s=0.8), so a few words are common and
    most are rare, as in real prose. That matters for the TF-IDF of "similar posts"."""

    def __init__(self, rng, link_targets):
        self.rng = rng
        real, made_up = list(dict.fromkeys(CONTENT_WORDS)), pseudo_words(4000, 7)
        rng.shuffle(real)  # which word is common is seeded, not alphabetical
        rng.shuffle(made_up)
        self.content = real + made_up  # real words take the common ranks
        self.content_cum = self._cumulative(len(self.content), 0.8)
        self.function = list(dict.fromkeys(FUNCTION_WORDS))
        self.function_cum = self._cumulative(len(self.function), 1.0)
        self.link_targets = link_targets  # list of (title, url) that exist on the site

    @staticmethod
    def _cumulative(n, s):
        total, out = 0.0, []
        for rank in range(n):
            total += 1.0 / (rank + 1) ** s
            out.append(total)
        return out

    def content_word(self):
        return self.rng.choices(self.content, cum_weights=self.content_cum)[0]

    def word(self):
        if self.rng.random() < 0.45:
            return self.rng.choices(self.function, cum_weights=self.function_cum)[0]
        return self.content_word()

    def phrase(self, lo, hi):
        return [self.word() for _ in range(self.rng.randint(lo, hi))]

    def title(self):
        return " ".join(self.content_word().capitalize() for _ in range(self.rng.randint(3, 7)))

    def summary(self):
        return self.sentence(plain=True)

    def sentence(self, plain=False):
        ws = self.phrase(8, 22)
        if not plain:
            r = self.rng.random()
            i = self.rng.randrange(len(ws))
            if r < 0.12:
                ws[i] = f"*{ws[i]}*"
            elif r < 0.18:
                j = min(len(ws), i + 2)
                ws[i:j] = ["**" + " ".join(ws[i:j]) + "**"]
            elif r < 0.26 and self.link_targets:
                t, url = self.rng.choice(self.link_targets)
                j = min(len(ws), i + 3)
                ws[i:j] = ["[" + " ".join(ws[i:j]) + f"]({url})"]
            elif r < 0.29:
                j = min(len(ws), i + 2)
                ws[i:j] = ["[" + " ".join(ws[i:j]) + f"](https://example.org/{self.word()}/{self.word()})"]
            if self.rng.random() < 0.15:
                k = self.rng.randrange(1, len(ws))
                ws[k - 1] += ","
        s = " ".join(ws)
        s = s[0].upper() + s[1:] if s[0] != "*" and s[0] != "[" else s
        return s + self.rng.choice([".", ".", ".", ".", "?", "!"])

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.rng.randint(3, 6)))

    def list_block(self):
        ordered = self.rng.random() < 0.35
        items = []
        for n in range(self.rng.randint(3, 6)):
            text = " ".join(self.phrase(4, 12))
            if self.rng.random() < 0.3:
                text = f"**{self.word()}**: {text}"
            items.append(f"{n + 1}. {text}." if ordered else f"- {text}.")
        return "\n".join(items)

    def body(self, min_words=300, max_words=900, headings=(2, 4)):
        """Markdown of about min..max words: paragraphs, a few ## headings, a list or two."""
        target = self.rng.randint(min_words, max_words)
        n_headings = self.rng.randint(*headings)
        blocks, count = [], 0
        while count < target:
            blocks.append(self.paragraph())
            count += len(blocks[-1].split())
            if count < target and self.rng.random() < 0.18:
                blocks.append(self.list_block())
                count += len(blocks[-1].split())
        # Headings between blocks, never first (the page's title is the h1).
        if len(blocks) > 2:
            spots = sorted(self.rng.sample(range(1, len(blocks)), min(n_headings, len(blocks) - 1)))
            for offset, spot in enumerate(spots):
                blocks.insert(spot + offset, "## " + " ".join(w.capitalize() for w in self.phrase(2, 5)))
        return "\n\n".join(blocks) + "\n"


def slugify(title, used):
    base = "-".join(w.lower().strip(",.") for w in title.split())[:60].strip("-")
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def front_matter(fields):
    lines = ["---"]
    for key, value in fields:
        if value is None:
            continue
        if isinstance(value, list):
            lines.append(f"{key}: [{', '.join(value)}]")
        elif isinstance(value, int):
            lines.append(f"{key}: {value}")
        elif isinstance(value, datetime.date):
            lines.append(f"{key}: {value.isoformat()}")
        else:
            lines.append(f"{key}: {yaml_str(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def plan(n):
    guides = max(1, round(n * 0.40 / 9))
    pages = min(10, max(3, n // 200 + 2))
    posts = max(1, n - guides * 9 - pages)
    return guides, posts, pages


def generate(n, out, seed):
    rng = random.Random(seed)
    tags = tag_vocabulary(rng)
    tag_weights = [1.0 / (rank + 1) ** 0.7 for rank in range(len(tags))]
    n_guides, n_posts, n_pages = plan(n)
    start = datetime.date(2015, 1, 1)
    span_days = 365 * 10

    def pick_tags():
        chosen, count = [], rng.randint(1, 4)
        while len(chosen) < count:
            t = rng.choices(tags, tag_weights)[0]
            if t not in chosen:
                chosen.append(t)
        return chosen

    def pick_date():
        return start + datetime.timedelta(days=rng.randrange(span_days))

    # Titles and URLs first, so bodies can link to pages that exist.
    namer = Writer(rng, [])
    used = set()
    posts = [{"title": namer.title()} for _ in range(n_posts)]
    for p in posts:
        p["slug"] = slugify(p["title"], used)
    guides = []
    for _ in range(n_guides):
        g = {"title": namer.title()}
        g["slug"] = slugify(g["title"], used)
        g["steps"] = []
        step_used = set()
        for k in range(8):
            s = {"title": namer.title()}
            s["slug"] = slugify(s["title"], step_used)
            g["steps"].append(s)
        guides.append(g)
    page_titles = ["About", "Privacy", "Contact", "Editorial Policy", "Accessibility",
                   "Terms", "Colophon", "Support", "Archive Notes", "Press"][:n_pages]
    links = [(p["title"], f"/posts/{p['slug']}/") for p in posts]
    links += [(g["title"], f"/guides/{g['slug']}/") for g in guides]

    w = Writer(rng, links)
    files = []  # (relative path under content/, mend text, hugo text)

    for p in posts:
        fm = [("title", p["title"]), ("summary", w.summary()), ("date", pick_date()), ("tags", pick_tags())]
        body = w.body()
        text = front_matter(fm) + body
        files.append((f"posts/{p['slug']}.md", text, text))

    for g in guides:
        date = pick_date()
        fm = [("title", g["title"]), ("summary", w.summary()), ("date", date), ("tags", pick_tags())]
        intro = w.body(120, 300, headings=(0, 1))
        closing = w.body(60, 160, headings=(0, 0))
        mend_text = front_matter(fm) + intro + "\n<!-- steps -->\n\n" + closing
        # Hugo: the guide is a section (_index.md, a branch bundle) and its steps are its
        # regular pages; the marker becomes "<!-- raw HTML omitted -->" in Hugo's output,
        # which the list template splits on to place the steps between intro and closing.
        files.append((f"guides/{g['slug']}/index.md", mend_text, None))
        files.append((f"guides/{g['slug']}/_index.md", None, mend_text))
        for k, s in enumerate(g["steps"], start=1):
            sfm = [("title", s["title"]), ("step", k), ("summary", w.summary()),
                   ("date", date + datetime.timedelta(days=k)), ("tags", pick_tags())]
            body = w.body(300, 600)
            name = f"guides/{g['slug']}/{k:02d}-{s['slug']}.md"
            # Hugo orders a section by weight, then date (newest first): weight = step.
            hfm = sfm[:2] + [("weight", k)] + sfm[2:]
            files.append((name, front_matter(sfm) + body, front_matter(hfm) + body))

    for title in page_titles:
        slug = title.lower().replace(" ", "-")
        text = front_matter([("title", title), ("summary", w.summary())]) + w.body(150, 400, headings=(0, 2))
        files.append((f"pages/{slug}.md", text, text))

    site_yml = (
        f'title: "Bench Site ({n} pages)"\n'
        'description: "A synthetic site for the Mend vs Hugo build benchmark."\n'
        "base_url: https://bench.example/\n"
        "language: en\n"
        "author:\n  name: Bench Writer\n"
        "markdown:\n  unsafe: false\n  smart: true\n"
        "similar_posts: 3\n"
        "support: |\n  These guides share general ideas, not professional advice.\n"
    )

    mend_dir, hugo_dir = os.path.join(out, "mend"), os.path.join(out, "hugo")
    for d in (mend_dir, hugo_dir, os.path.join(out, "cmark")):
        if os.path.exists(d):
            shutil.rmtree(d)
    write(os.path.join(mend_dir, "content", "site.yml"), site_yml)
    for rel, mend_text, hugo_text in files:
        if mend_text is not None:
            write(os.path.join(mend_dir, "content", rel), mend_text)
        if hugo_text is not None:
            write(os.path.join(hugo_dir, "content", rel), hugo_text)

    # Hugo's top-level sections exist only to hold pages; Mend has no /posts/, /guides/
    # or /pages/ list page, so neither does the Hugo site (render: never).
    for section in ("guides", "posts", "pages"):
        write(os.path.join(hugo_dir, "content", section, "_index.md"),
              f"---\ntitle: {section.capitalize()}\nbuild:\n  render: never\n  list: always\n---\n")
    # The cmark floor: the same Markdown bodies Mend renders (a guide's index.md: intro,
    # marker, closing), front matter cut off, one after the other in one file.
    bodies = [text.split("\n---\n\n", 1)[1] for _, text, _ in files if text is not None]
    write(os.path.join(out, "cmark", "bodies.md"), "\n".join(bodies))
    shutil.copytree(os.path.join(HERE, "hugo-site"), hugo_dir, dirs_exist_ok=True)
    # Both sites use the same stylesheet: Mend's default theme's, copied at generation time.
    os.makedirs(os.path.join(hugo_dir, "static", "assets"), exist_ok=True)
    shutil.copy(os.path.join(HERE, "..", "..", "templates", "assets", "style.css"),
                os.path.join(hugo_dir, "static", "assets", "style.css"))
    with open(os.path.join(hugo_dir, "config", "_default", "hugo.yaml"), "r+", encoding="utf-8") as f:
        config = f.read().replace("@TITLE@", f"Bench Site ({n} pages)")
        f.seek(0), f.truncate(), f.write(config)

    content_pages = n_guides * 9 + n_posts + n_pages
    print(f"{out}: {content_pages} content pages "
          f"({n_guides} guides x 9 = {n_guides * 9}, {n_posts} posts, {n_pages} pages), "
          f"{len(tags)} tags in the vocabulary", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, required=True, help="about how many content pages")
    ap.add_argument("--out", required=True, help="folder to write DIR/mend and DIR/hugo into")
    ap.add_argument("--seed", type=int, default=20240501, help="random seed (default: 20240501)")
    args = ap.parse_args()
    if args.pages < 12:
        ap.error("--pages must be at least 12")
    generate(args.pages, args.out, args.seed)


if __name__ == "__main__":
    main()
