#!/usr/bin/env python3
"""Pictures of the theme: a built site's pages in headless Chromium.

Usage: python3 .ci/screenshots.py SITE_FOLDER OUT_FOLDER

Serves SITE_FOLDER on 127.0.0.1 and renders its home page, the first guide, that
guide's first step, the first tag page and the 404 page at phone (390 px) and desktop
(1280 px) widths, in the light and the dark colour scheme: each as the first screen
(NAME-WIDTH-SCHEME.png) and as the whole page (NAME-WIDTH-SCHEME-full.png).
`make screenshots` builds the site and installs what this needs.
"""
import base64
import pathlib
import sys

from a11y import browser, serve

WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}
SCHEMES = ["light", "dark"]


def pages(folder):
    """The pages to picture, by name: relative paths of their index.html."""
    guides = sorted(p.parent for p in folder.glob("guides/*/index.html"))
    tags = sorted(p.parent for p in folder.glob("tags/*/index.html"))
    chosen = {"home": "index.html", "404": "404.html"}
    if guides:
        chosen["guide"] = (guides[0] / "index.html").relative_to(folder).as_posix()
        steps = sorted(p.parent for p in guides[0].glob("*/index.html") if not p.parent.name.startswith("comment-page-"))
        if steps:
            chosen["step"] = (steps[0] / "index.html").relative_to(folder).as_posix()
    if tags:
        chosen["tag"] = (tags[0] / "index.html").relative_to(folder).as_posix()
    return chosen


def capture(driver, path, full):
    """A PNG of the page: the first screen, or the whole height."""
    params = {"format": "png"}
    if full:
        size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
        params.update(captureBeyondViewport=True,
                      clip={"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1})
    data = driver.execute_cdp_cmd("Page.captureScreenshot", params)["data"]
    path.write_bytes(base64.b64decode(data))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    folder, out = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2])
    if not (folder / "index.html").is_file():
        sys.exit(f"screenshots: no index.html in {folder}: build the site first")
    out.mkdir(parents=True, exist_ok=True)
    server, base = serve(folder)
    driver = browser()
    written = 0
    try:
        for width_name, (width, height) in WIDTHS.items():
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
            for scheme in SCHEMES:
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                       {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
                for name, page in pages(folder).items():
                    driver.get(base + page)
                    for full in (False, True):
                        suffix = "-full" if full else ""
                        capture(driver, out / f"{name}-{width_name}-{scheme}{suffix}.png", full)
                        written += 1
    finally:
        driver.quit()
        server.shutdown()
    print(f"screenshots: {written} pictures in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
