#!/usr/bin/env python3
"""The preview in a real browser: live reload, the stylesheet swap, the error overlay and
the comment form, as a writer meets them.

Usage: python3 .ci/preview.py MEND_BINARY FIXTURE_SITE

Copies the fixture into a temporary folder (with a comment endpoint, so pages have the
form), runs `mend serve --port 0` on it, and in headless Chromium:
  1. a post edited on disk reloads by itself, showing the new text at the same scroll position;
     after the server restarts (on the same port) the page reconnects and reloads;
  2. a stylesheet edited on disk is swapped in without reloading the page;
  3. a broken front matter shows the overlay naming file:line:column with the offending line;
     Escape dismisses it; breaking it again shows it again, and fixing the file clears it;
     it is checked in the dark colour scheme too;
  4. the comment form, filled in and sent, comes back to the page saying the comment is
     awaiting moderation, and exactly one pending file is written.
Exits 1 on the first failure, with what was expected.
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys


def fail(message):
    print(f"check-preview: {message}", file=sys.stderr)
    sys.exit(1)


def until(condition, what, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if condition():
                return
        except Exception:
            pass
        time.sleep(0.05)
    fail(f"timed out waiting until {what}")


def start(mend, site, port=0):
    log = open(os.path.join(os.path.dirname(site), "serve.log"), "a")
    process = subprocess.Popen([mend, "serve", "--source", site, "--port", str(port)], stdout=subprocess.PIPE,
                               stderr=log, text=True, start_new_session=True)
    seen = []
    for line in process.stdout:
        seen.append(line)
        match = re.search(r"Serving the site at (\S+)", line)
        if match:
            threading.Thread(target=lambda: [None for _ in process.stdout], daemon=True).start()
            return process, match.group(1)
        if len(seen) > 50:
            break
    os.killpg(process.pid, signal.SIGKILL)
    fail(f"mend serve did not start: {''.join(seen)!r}")


def browser(dark=False):
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1100,800"):
        options.add_argument(flag)
    if dark:
        options.add_argument("--force-dark-mode")
        options.add_argument("--blink-settings=preferredColorScheme=0")
    options.binary_location = shutil.which("chromium")
    return webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))


def overlay_text(driver):
    return driver.execute_script(
        "const o = document.querySelector('mend-overlay'); return o ? o.shadowRoot.textContent : null")


def main():
    mend, fixture = sys.argv[1], sys.argv[2]
    folder = tempfile.mkdtemp(prefix="mend-check-preview-")
    site = os.path.join(folder, "site")
    shutil.copytree(fixture, site)
    with open(os.path.join(site, "content/site.yml"), "a") as config:
        config.write("comments:\n  endpoint: https://comments.example.org/v3/entry/github/x/y/main/comments\n")
    post = os.path.join(site, "content/posts/first-post.md")
    original = open(post).read()
    process, address = start(mend, site)
    driver = browser()
    try:
        # 1. Live reload, keeping the scroll position.
        driver.get(address + "posts/first-post/")
        until(lambda: driver.execute_script("return document.readyState") == "complete", "the post loads")
        driver.execute_script("window.scrollTo(0, 200); window.__before = 1;")
        time.sleep(0.3)
        with open(post, "a") as handle:
            handle.write("\nA sentence the browser should show by itself.\n")
        until(lambda: "show by itself" in driver.find_element(By.TAG_NAME, "body").text, "the edited post reloads")
        if driver.execute_script("return window.__before") is not None:
            fail("the page changed without a reload")
        until(lambda: abs(driver.execute_script("return window.scrollY") - 200) <= 2, "the scroll position is kept")
        print("ok: an edited post reloads by itself, at the same scroll position")

        # A restarted server: the page reconnects and reloads (the site may have changed meanwhile).
        port = int(re.search(r":(\d+)/", address).group(1))
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
        driver.execute_script("window.__before = 1;")
        with open(post, "a") as handle:
            handle.write("\nWritten while the server was stopped.\n")
        process, _ = start(mend, site, port)
        until(lambda: "while the server was stopped" in driver.find_element(By.TAG_NAME, "body").text,
              "the page reloads after the server restarts")
        print("ok: after a restart the page reconnects and reloads")

        # 2. A stylesheet swapped in place.
        driver.execute_script("window.__kept = 1;")
        style = os.path.join(site, "templates/assets/style.css")
        os.makedirs(os.path.dirname(style), exist_ok=True)
        css = driver.execute_script("return fetch(document.querySelector('link[rel~=stylesheet]').href).then(r => r.text())")
        with open(style, "w") as handle:
            handle.write(css + "\nbody { outline: 3px solid rgb(1, 2, 3); }\n")
        until(lambda: driver.execute_script("return getComputedStyle(document.body).outlineColor") == "rgb(1, 2, 3)",
              "the new stylesheet applies")
        if driver.execute_script("return window.__kept") != 1:
            fail("a stylesheet change reloaded the page instead of swapping the stylesheet")
        print("ok: a stylesheet change is swapped in without a reload")
        shutil.rmtree(os.path.join(site, "templates"))

        # 3. The overlay: shown, dismissed with Escape, shown again, cleared by the fix.
        def broken():
            with open(post, "w") as handle:
                handle.write(original.replace('title: "A First Post: On Quiet"', 'title: "A First Post: On Quiet'))
        broken()
        until(lambda: (overlay_text(driver) or "").find("content/posts/first-post.md:") >= 0, "the overlay names the file")
        text = overlay_text(driver)
        place = re.search(r"content/posts/first-post\.md:(\d+):(\d+): error: ", text)
        line = open(post).read().split("\n")[int(place.group(1)) - 1] if place else None
        if not place or line not in text or "\n" + " " * (int(place.group(2)) - 1) + "^" not in text:
            fail(f"the overlay lacks file:line:column, the offending line or its caret: {text!r}")
        focused = driver.execute_script("const o = document.querySelector('mend-overlay'); return o.shadowRoot.activeElement && o.shadowRoot.activeElement.getAttribute('role')")
        if focused != "alertdialog":
            fail(f"the overlay does not take the focus (focused: {focused!r})")
        driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        until(lambda: overlay_text(driver) is None, "Escape dismisses the overlay")
        with open(post, "a") as handle:
            handle.write("\nStill broken.\n")
        until(lambda: overlay_text(driver) is not None, "the overlay shows again for the next failed build")
        with open(post, "w") as handle:
            handle.write(original)
        until(lambda: overlay_text(driver) is None, "fixing the file clears the overlay")
        print("ok: the overlay shows the error, Escape dismisses it, the fix clears it")

        dark = browser(dark=True)
        try:
            broken()
            dark.get(address + "posts/first-post/")
            until(lambda: overlay_text(dark) is not None, "the overlay shows in dark mode")
            colour = dark.execute_script(
                "const p = document.querySelector('mend-overlay').shadowRoot.querySelector('.panel'); return getComputedStyle(p).backgroundColor")
            if colour == "rgb(255, 255, 255)":
                fail("the overlay stays white in the dark colour scheme")
            print(f"ok: the overlay follows the dark colour scheme ({colour})")
        finally:
            dark.quit()
        with open(post, "w") as handle:
            handle.write(original)
        until(lambda: overlay_text(driver) is None, "the overlay clears again")

        # 4. The comment form.
        driver.get(address + "posts/first-post/")
        until(lambda: driver.find_elements(By.CSS_SELECTOR, "form.comment-form"), "the comment form shows")
        form = driver.find_element(By.CSS_SELECTOR, "form.comment-form")
        form.find_element(By.NAME, "fields[message]").send_keys("Thank you for this.")
        form.find_element(By.NAME, "fields[name]").send_keys("Sam")
        form.find_element(By.NAME, "fields[email]").send_keys("sam@example.org")
        button = form.find_element(By.CSS_SELECTOR, "[type=submit]")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        time.sleep(0.2)
        button.click()
        try:
            until(lambda: "awaiting moderation" in driver.find_element(By.TAG_NAME, "body").text,
                  "the page says the comment awaits moderation")
        except SystemExit:
            print(driver.current_url, driver.find_element(By.TAG_NAME, "body").text[:600], file=sys.stderr)
            raise
        comments = os.path.join(site, "content/comments")
        files = [os.path.join(root, name) for root, _, names in os.walk(comments) for name in names]
        if len(files) != 1 or "status: pending" not in open(files[0]).read():
            fail(f"expected one pending comment file, found {files}")
        if "mend-comment" in driver.current_url:
            fail(f"the address keeps the notice's parameter: {driver.current_url}")
        print(f"ok: the comment form writes one pending file ({os.path.relpath(files[0], site)})")
    finally:
        driver.quit()
        os.killpg(process.pid, signal.SIGTERM)
        status = process.wait(timeout=20)
        shutil.rmtree(folder, ignore_errors=True)
    if status != 0:
        fail(f"mend serve exited with {status} on SIGTERM")
    print("ok: mend serve stops cleanly on SIGTERM")


if __name__ == "__main__":
    main()
