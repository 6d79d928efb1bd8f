#!/usr/bin/env python3
"""Print the benchmark's one table: every measurement, and every goal beside its measurement.

    summarize.py [--template-log F] [--compile-log F] DIR

DIR holds what run.sh wrote:
  results.tsv  size, tool, round (0 = warm-up), wall s, CPU s (user + system), max RSS KB, load
  stages.tsv   size, tool, round, stage, ms (Mend's own stage timings; "total" = its whole build)
  updates.tsv  size, update-body|update-title, median ms, min ms, max ms, runs (empty: not measured)
  info.tsv     key, value: the machine, the versions, what each tool wrote
--template-log and --compile-log are the outputs of template-bench and compile-bench
(`make bench` passes them), whose goals join the table.
"""
import argparse
import os
import re
import statistics

TOOLS = [  # (tool id in results.tsv, label)
    ("hugo", "Hugo {hugo}, no related content"),
    ("hugo-related", "Hugo {hugo}, related content (tags)"),
    ("cmark", "cmark --smart, all bodies in one file, one process"),
    ("mend", "Mend build"),
    ("mend-nosim", "Mend build, similar_posts: 0"),
]
BIG = 100000    # the size the similar-posts goal is set at
UPDATE = 10000  # the size the update goals are set at


def read_tsv(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def pages(n):
    return f"{int(n):,}" if n.isdigit() else n


def verdict(value, limit, at_most=True):
    return "PASS" if (value <= limit if at_most else value >= limit) else "MISS"


class Results:
    def __init__(self, folder):
        self.info = dict((r[0], r[1]) for r in read_tsv(os.path.join(folder, "info.tsv")) if len(r) == 2)
        # The warm-up (round 0) counts only for a tool run once at a size (--slow).
        single = lambda r: f"single_{r[1]}_{r[0]}" in self.info
        self.runs = [r for r in read_tsv(os.path.join(folder, "results.tsv")) if r[2] != "0" or single(r)]
        self.stages = [r for r in read_tsv(os.path.join(folder, "stages.tsv")) if (r[2] != "0" or single(r)) and r[4]]
        self.updates = {(r[0], r[1]): r for r in read_tsv(os.path.join(folder, "updates.tsv"))}
        self.sizes = list(dict.fromkeys(r[0] for r in self.runs if r[0] != "shipped"))

    def column(self, size, tool, index):
        return [float(r[index]) for r in self.runs if r[0] == size and r[1] == tool]

    def wall(self, size, tool):
        return self.column(size, tool, 3)

    def median(self, size, tool, index):
        values = self.column(size, tool, index)
        return statistics.median(values) if values else None

    def stage(self, size, tool, name):
        """Per-round milliseconds of one of Mend's stages (or "total"), by round."""
        return {r[2]: float(r[4]) for r in self.stages if r[0] == size and r[1] == tool and r[3] == name}

    def loads(self):
        return [float(r[6]) for r in self.runs if r[6] not in ("", "-")]


def template_goal(path):
    """(measurement, goal, result) of template-bench's log."""
    text = open(path, encoding="utf-8").read()
    ratio = re.search(r"Ratio (\S+) / (\S+) \(median renders/s\): ([0-9.]+)x", text)
    goal = re.search(r"Goal: \S+ >= ([0-9.]+)x", text)
    if not ratio or not goal:
        return ("no result in " + path, "≥ 3×", "—")
    value, limit = float(ratio.group(3)), float(goal.group(1))
    return (f"{value:.2f}× (median renders/s)", f"≥ {limit:g}×", verdict(value, limit, at_most=False))


def compile_goal(path):
    text = open(path, encoding="utf-8").read()
    shapes = re.findall(r"^(\S+)\s+([0-9.]+)\s+\d+\s+([0-9.]+)\s+[0-9.]+\s+[0-9.]+\s+< ([0-9.]+) s: (met|NOT met)$",
                        text, re.M)
    if not shapes:
        return ("no result in " + path, "< 1 s each", "—")
    name, megabytes, median, limit, _ = max(shapes, key=lambda s: float(s[2]))
    missed = [s[0] for s in shapes if s[4] != "met"]
    return (f"slowest: {name}, {float(median):.3f} s median ({len(shapes)} shapes of {megabytes} MB)",
            f"< {limit} s each", "MISS: " + ", ".join(missed) if missed else "PASS")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--template-log")
    ap.add_argument("--compile-log")
    ap.add_argument("folder")
    args = ap.parse_args()
    res = Results(args.folder)
    info = res.info
    hugo = info.get("hugo", "?").split()[0].lstrip("v").split("-")[0]
    rows = []  # (pages, measurement, value, goal, result)

    for size in res.sizes:
        med = {tool: res.median(size, tool, 3) for tool, _ in TOOLS}
        for tool, label in TOOLS:
            walls = res.wall(size, tool)
            if not walls:
                if tool not in info.get("tools", tool).split():
                    rows.append((pages(size), label.format(hugo=hugo), "not run (run.sh --skip)", "", ""))
                continue
            cpu, rss = res.median(size, tool, 4), res.median(size, tool, 5) / 1024
            value = (f"{statistics.median(walls):.3f} s (min {min(walls):.3f}, max {max(walls):.3f}, {len(walls)} run{'s' if len(walls) != 1 else ''}), "
                     f"CPU {cpu:.2f} s, peak RSS {rss:.0f} MB")
            if f"single_{tool}_{size}" in info:
                value = (f"{walls[0]:.3f} s, CPU {cpu:.2f} s, peak RSS {rss:.0f} MB: ONE run "
                         f"(no warm-up; over {info.get('slow', '?')} s, not repeated)")
            rows.append((pages(size), label.format(hugo=hugo), value, "", ""))

        def ratio(tool, index=3):
            a, b = res.median(size, "mend", index), res.median(size, tool, index)
            return a / b if a is not None and b else None

        r = ratio("hugo")
        if r is not None:
            rows.append((pages(size), "Mend / Hugo (no related): build time", f"{r:.2f}× wall (CPU {ratio('hugo', 4):.2f}×)",
                         "≤ 0.5×", verdict(r, 0.5)))
        r = ratio("hugo-related")
        if r is not None:
            rows.append((pages(size), "Mend / Hugo (related content): build time",
                         f"{r:.2f}× wall (CPU {ratio('hugo-related', 4):.2f}×)", "none (for reference)", ""))
        r = ratio("cmark")
        if r is not None:
            rows.append((pages(size), "Mend / cmark: build time", f"{r:.2f}× wall (CPU {ratio('cmark', 4):.2f}×)",
                         "≤ 2×", verdict(r, 2)))
        r = ratio("hugo", 5)
        if r is not None:
            rows.append((pages(size), "Mend / Hugo (no related): peak RSS",
                         f"{r:.2f}× ({res.median(size, 'mend', 5) / 1024:.0f} / {res.median(size, 'hugo', 5) / 1024:.0f} MB)",
                         "≤ 0.5×", verdict(r, 0.5)))

        # Similar posts' share of the build, from Mend's own stage timings of the same runs.
        total, derive = res.stage(size, "mend", "total"), res.stage(size, "mend", "derive")
        derive0 = res.stage(size, "mend-nosim", "derive")
        if total and derive:
            whole = statistics.median(derive[k] / total[k] for k in derive if k in total)
            goal = f"≤ 10 % at {BIG:,} pages"
            judge = lambda share: verdict(share, 0.10) if size == str(BIG) else f"(goal is at {BIG:,})"
            if derive0:
                # Measured separately: the derive stage with similar posts minus without.
                share = (statistics.median(derive.values()) - statistics.median(derive0.values())) / statistics.median(total.values())
                rows.append((pages(size), "Similar posts: share of Mend's build",
                             f"{100 * share:.1f} % (derive stage, similar_posts 3 − 0, over the whole build)", goal, judge(share)))
            rows.append((pages(size), "Derive stage: share of Mend's build",
                         f"{100 * whole:.1f} % (similar posts + ordering, guides, tags)", "",
                         "" if derive0 else judge(whole)))
    if str(BIG) not in res.sizes:
        rows.append((f"{BIG:,}", "Similar posts: share of Mend's build",
                     f"not measured in this run (make bench SIZES=\"1000 10000 {BIG}\")", "≤ 10 %", "—"))

    for edit, goal in (("body", "≤ 20 ms median"), ("title", "≤ 100 ms median")):
        label = "Mend update: one body edit" if edit == "body" else "Mend update: one title edit"
        found = res.updates.get((str(UPDATE), f"update-{edit}"))
        if found:
            median = float(found[2])
            rows.append((f"{UPDATE:,}", label, f"{median:.1f} ms median (min {found[3]}, max {found[4]}; {found[5]} runs)",
                         goal, verdict(median, 20 if edit == "body" else 100)))
        else:
            why = "no incremental update yet" if str(UPDATE) in res.sizes else f"{UPDATE:,} pages not in this run"
            rows.append((f"{UPDATE:,}", label, f"not measured: {why}", goal, "—"))

    if args.template_log:
        rows.append(("—", "Template render: Mend / swift-mustache", *template_goal(args.template_log)))
    if args.compile_log:
        rows.append(("—", "Template compile: ~10 MB templates", *compile_goal(args.compile_log)))

    print(f"Benchmark results — {info.get('date', '?')}; {info.get('cores', '?')} cores, {info.get('cpu', '?')}, "
          f"{info.get('memory', '?')} RAM, {info.get('kernel', '?')}")
    print(f"Swift {info.get('swift', '?')}; Hugo {info.get('hugo', '?')}; {info.get('cmark', '?')}")
    print(f"mend: {info.get('mend', '?')}")
    loads = res.loads()
    if loads:
        print(f"load average (1 min) at the start of the timed runs: {min(loads):.2f} to {max(loads):.2f}, "
              f"median {statistics.median(loads):.2f}; other busy processes at the start: {info.get('busy_start') or 'none'}, "
              f"at the end: {info.get('busy_end') or 'none'}")
    print(f"Site rows: medians of {info.get('runs', '?')} timed runs ({info.get('large_runs', '?')} from 100,000 pages) "
          "after one warm-up, tools interleaved; "
          "wall time by bash EPOCHREALTIME, CPU (user + system) and peak RSS by GNU time; output on tmpfs.")
    print()
    header = ("pages", "measurement", "value", "goal", "result")
    widths = [max(len(str(row[i])) for row in rows + [header]) for i in range(5)]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"
    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line(row))
    print()

    for size in res.sizes:
        names = ["read", "configure", "parse", "derive", "render", "write", "total"]
        medians = []
        for name in names:
            values = list(res.stage(size, "mend", name).values())
            if values:
                medians.append(f"{name} {statistics.median(values):.0f}")
        if medians:
            print(f"Mend's stages at {pages(size)} pages (median ms, from `mend build`'s stderr): " + ", ".join(medians))
        wrote = [f"{t} {info.get(f'html_{t}_{size}', '?')} HTML files ({info.get(f'similar_{t}_{size}', '?')} with similar posts, "
                 f"{info.get(f'mb_{t}_{size}', '?')} MB)" for t in ("mend", "hugo", "hugo-related")
                 if f"html_{t}_{size}" in info]
        print(f"   output at {pages(size)}: " + "; ".join(wrote) + f"; cmark input {info.get(f'bodies_mb_{size}', '?')} MB")
    shipped = res.wall("shipped", "mend")
    if shipped:
        print(f"The shipped site ({info.get('html_shipped', '?')} HTML files): mend build median {statistics.median(shipped):.3f} s "
              f"(min {min(shipped):.3f}) over {len(shipped)} runs.")


if __name__ == "__main__":
    main()
