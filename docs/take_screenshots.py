"""Retake the screenshots of CONTRIBUTING.md (docs/images/) in Debian's Chromium.

Run from the repository root after `make site`: `.venv/bin/python docs/take_screenshots.py`.
The failing check is made on a copy of content/ with one status mistyped, as staff do.
"""

from __future__ import annotations

import functools
import html
import http.server
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

IMAGES = Path("docs/images")
CHROMIUM = dict(
    executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-background-networking"]
)
CHECK_PAGE = (
    "<html><body style='margin:0;background:#1e1e1e'><pre style=\"font-family:'Sarabun',"
    'monospace;font-size:15px;color:#eee;padding:16px;white-space:pre-wrap;width:900px">'
    "$ prongsai check\n{output}</pre></body></html>"
)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def failing_check(folder: Path) -> Path:
    shutil.copytree("content", folder / "content")
    report = folder / "content" / "reports" / "2565-round-1.yml"
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace("status: done", "status: ทำแล้ว", 1), encoding="utf-8")
    command = [sys.executable, "-m", "prongsai", "check"]
    output = subprocess.run(command, cwd=folder, capture_output=True, text=True).stderr
    page = folder / "check.html"
    page.write_text(CHECK_PAGE.format(output=html.escape(output)), encoding="utf-8")
    return page


def main() -> None:
    handler = functools.partial(_Quiet, directory="site")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    check_page = failing_check(Path(tempfile.mkdtemp()))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**CHROMIUM)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(base + "2565/round-1/", wait_until="networkidle")
        top = {"x": 240, "y": 60, "width": 1040, "height": 260}
        page.screenshot(path=IMAGES / "edit-button.png", clip=top)
        aside = page.locator("aside.md-source-file")
        aside.scroll_into_view_if_needed()
        box = aside.bounding_box()
        clip = {"x": box["x"] - 10, "y": box["y"] - 10, "width": 700, "height": box["height"] + 20}
        page.screenshot(path=IMAGES / "last-updated.png", clip=clip)
        page.goto(base + "2565/oit/", wait_until="networkidle")
        page.screenshot(path=IMAGES / "oit-status.png", clip={**top, "height": 520})
        page.set_viewport_size({"width": 940, "height": 600})
        page.goto(check_page.as_uri())
        page.locator("pre").screenshot(path=IMAGES / "check-error.png")
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
