#!/usr/bin/env python3
"""Accessibility check of a generated site: axe-core in headless Chromium.

Usage: python3 .ci/a11y.py [FOLDER]   (default: public)

Serves FOLDER on a free port of 127.0.0.1, opens every .html file in it in
headless Chromium, once in the light and once in the dark colour scheme, and runs
axe-core with the rules of WCAG 2.0, 2.1 and 2.2 (levels A and AA) and axe's best
practices. Prints each violation (page, scheme, rule, impact, target, help) and a
summary line; exits 1 on any violation, 2 when it cannot run, 0 otherwise.
.ci/check-a11y installs what this needs.
"""
import functools
import http.server
import importlib.util
import os
import pathlib
import shutil
import sys
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
SCHEMES = ["light", "dark"]
# axe-core itself, as shipped inside a Python package (newest first).
AXE_PACKAGES = ["axe_playwright_python", "axe_core_python"]


def axe_source():
    """The text of axe.min.js, found without importing the package that ships it."""
    for name in AXE_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec and spec.submodule_search_locations:
            for folder in spec.submodule_search_locations:
                path = pathlib.Path(folder) / "axe.min.js"
                if path.is_file():
                    return path.read_text(encoding="utf-8")
    sys.exit("a11y: axe.min.js not found: install axe-playwright-python (pip, --no-deps) or axe-core-python")


def serve(folder):
    """A quiet static server for folder on 127.0.0.1 and a free port; returns (server, base URL)."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def browser():
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager download anything
    options = webdriver.ChromeOptions()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        sys.exit("a11y: chromium and chromedriver are needed (Debian: apt-get install chromium chromium-driver)")
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,900", "--no-first-run", "--disable-extensions"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_script_timeout(60)
    driver.set_page_load_timeout(60)
    return driver


def check(driver, url, axe):
    driver.get(url)
    driver.execute_script(axe)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done({violations: r.violations, version: axe.version}),"
        "      e => done({error: String(e)}));",
        TAGS)
    if "error" in result:
        raise RuntimeError(f"axe failed on {url}: {result['error']}")
    return result


def main():
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "public").resolve()
    pages = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.html"))
    if not pages:
        sys.exit(f"a11y: no .html files in {folder}")
    axe = axe_source()
    server, base = serve(folder)
    driver = browser()
    violations = 0
    version = "?"
    try:
        for scheme in SCHEMES:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                   {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            for page in pages:
                result = check(driver, base + page, axe)
                version = result["version"]
                for rule in result["violations"]:
                    for node in rule["nodes"]:
                        violations += 1
                        target = " ".join(str(t) for t in node["target"])
                        print(f"{page} [{scheme}] {rule['id']} ({rule.get('impact') or 'n/a'}): {rule['help']}\n"
                              f"    target: {target}\n    more: {rule['helpUrl']}")
    finally:
        driver.quit()
        server.shutdown()
    print(f"axe: {len(pages)} pages, light and dark, {violations} violations (axe-core {version})")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
