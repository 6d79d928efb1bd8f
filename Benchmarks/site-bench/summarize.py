#!/usr/bin/env python3
"""Summarize run.sh's results.tsv: medians per size and tool, the ratio hugo / mend, peak RSS.

    summarize.py RESULTS.tsv

Columns of results.tsv: size, tool (mend, hugo, mend-timev, hugo-timev), wall seconds,
CPU seconds (user + system), max RSS in KB, HTML pages in the output.
"""
import statistics
import sys

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]


def values(size, tool, col):
    return [float(r[col]) for r in rows if r[0] == size and r[1] == tool]


def med(size, tool, col):
    return statistics.median(values(size, tool, col))


def one(size, tool, col):
    found = values(size, tool, col)
    return found[0] if found else float("nan")


sizes = list(dict.fromkeys(r[0] for r in rows if r[0] != "shipped"))
print("Summary: medians of the timed runs. Ratio = hugo / mend: > 1 means Mend is faster.")
print(f"{'pages':>6} | {'HTML out':>11} | {'mend s':>7} {'hugo s':>7} {'hugo/mend':>9} | "
      f"{'mend cpu s':>10} {'hugo cpu s':>10} {'cpu ratio':>9} | {'mend RSS MB':>11} {'hugo RSS MB':>11}")
for s in sizes:
    m, h = med(s, "mend", 2), med(s, "hugo", 2)
    mc, hc = med(s, "mend", 3), med(s, "hugo", 3)
    pages = f"{int(one(s, 'mend', 5))}/{int(one(s, 'hugo', 5))}"
    print(f"{s:>6} | {pages:>11} | {m:7.3f} {h:7.3f} {h / m:9.2f} | {mc:10.2f} {hc:10.2f} {hc / mc:9.2f} | "
          f"{one(s, 'mend-timev', 4) / 1024:11.1f} {one(s, 'hugo-timev', 4) / 1024:11.1f}")
print("Spread of the wall times (min .. max):")
for s in sizes:
    print(f"{s:>6} | mend {min(values(s, 'mend', 2)):.3f} .. {max(values(s, 'mend', 2)):.3f} s | "
          f"hugo {min(values(s, 'hugo', 2)):.3f} .. {max(values(s, 'hugo', 2)):.3f} s")
print("HTML out: mend/hugo HTML files written. cpu = user + system seconds (GNU time).")
print("RSS: 'Maximum resident set size' of one extra run of each under /usr/bin/time -v.")
if any(r[0] == "shipped" for r in rows):
    print(f"shipped site: {int(one('shipped', 'mend', 5))} HTML pages, mend median {med('shipped', 'mend', 2):.3f} s "
          f"(min {min(values('shipped', 'mend', 2)):.3f} s; cpu {med('shipped', 'mend', 3):.2f} s, "
          f"max RSS {med('shipped', 'mend', 4) / 1024:.1f} MB)")
