#!/usr/bin/env python3
"""Writes a small site whose pages carry a few hundred comments over several comment
pages, for the Nu validator and axe to check at scale (.ci/run builds it).

Usage: python3 .ci/comment-site.py FOLDER

The comments are made from a fixed seed, so the site is the same every run: 150 threads
on a post (40 to a page: four pages) with replies nested up to five deep, and 30 on a
step; names and messages mix scripts and directions, links and code.
"""
import pathlib
import random
import sys

NAMES = ["Sam", "Alex Morgan", "Noor", "José", "Mei", "Ана", "יעל", "Tomás O'Brien", "R.", "Kofi"]
LINES = [
    "Thank you for this. We tried the first step last night.",
    "It took me a long time to *say* it out loud, but it helped.",
    "Does anyone have advice for when one partner is not ready yet?",
    "We found a counsellor through [our local clinic](https://example.org/clinic).",
    "שלום, תודה על המדריך הזה.",
    "Спасибо, это очень помогло.",
    "Writing things down helped us: `one thing a day` is our rule.",
    "> Trust is rebuilt in small moments.\n\nThis line stayed with me.",
]


def comment(folder, page, cid, parent, day, rng):
    lines = [f"id: {cid}", f"name: {rng.choice(NAMES)!r}", f"date: 2024-{1 + day // 28:02d}-{1 + day % 28:02d}T{rng.randrange(24):02d}:00:00Z"]
    if parent:
        lines.append(f"parent: {parent}")
    message = "\n\n".join(rng.sample(LINES, rng.randrange(1, 3)))
    lines.append("message: |\n" + "\n".join("  " + line for line in message.splitlines()))
    path = folder / "content/comments" / page / f"{cid}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    folder = pathlib.Path(sys.argv[1])
    files = {
        "content/site.yml": "title: Many comments\nbase_url: https://example.org/\nlanguage: en\n"
                            "comments:\n  endpoint: https://comments.example.org/v3/entry/github/o/r/main/comments\n"
                            "  per_page: 40\n  max_depth: 5\n",
        "content/posts/talking.md": "---\ntitle: Talking again\ndate: 2024-03-01\ntags: [communication]\n---\nA post many readers answered.\n",
        "content/guides/g/index.md": "---\ntitle: A short guide\ndate: 2024-02-01\n---\nThe introduction.\n\n<!-- steps -->\n\nThe closing.\n",
        "content/guides/g/01-begin.md": "---\ntitle: Begin\n---\nThe first step.\n",
        "content/guides/g/02-go-on.md": "---\ntitle: Go on\n---\nThe second step.\n",
        "content/pages/privacy.md": "---\ntitle: Privacy\n---\nWhat this site does.\n",
    }
    for path, text in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text, encoding="utf-8")
    rng = random.Random(10)
    for page, threads in (("posts/talking", 150), ("guides/g/begin", 30)):
        ids = []
        for number in range(threads):
            cid = f"t{number}"
            comment(folder, page, cid, None, number % 300, rng)
            ids.append(cid)
            parent = cid
            for depth in range(rng.choice([0, 0, 1, 2, 6])):
                reply = f"{cid}r{depth}"
                comment(folder, page, reply, parent, number % 300, rng)
                parent = reply
    print(f"comment-site: written in {folder}")


if __name__ == "__main__":
    main()
