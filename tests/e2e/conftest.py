"""Fixtures for the end-to-end tests: the default site built once, served locally, and a browser.

The site is built with the real CLI (as an agency would), served by a plain http.server on
127.0.0.1, and opened in Debian's Chromium (never a Playwright-downloaded browser).
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MISSING_CHROMIUM = (
    f"{CHROMIUM} is missing: install Debian's Chromium with"
    " `sudo apt-get install chromium fonts-thai-tlwg` (never `playwright install`)"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that opens the browser carries the `browser` marker (`-m "not browser"`)."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


def _unavailable(message: str) -> None:
    """Skip locally, fail in CI: a browser test skipped in CI would pass without testing."""
    if os.environ.get("CI"):
        pytest.fail(f"CI: {message}", pytrace=False)
    pytest.skip(message)


def _build(site_dir: Path, *content_args: str) -> Path:
    """Run `prongsai [--content X] build` as an agency would and return the site folder."""
    prongsai = Path(sys.executable).parent / "prongsai"
    completed = subprocess.run(
        [str(prongsai), *content_args, "build", "--site-dir", str(site_dir)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        pytest.fail(
            f"prongsai build failed with exit code {completed.returncode}:\n"
            f"{completed.stdout}\n{completed.stderr}",
            pytrace=False,
        )
    assert (site_dir / "index.html").is_file(), "the build wrote no index.html"
    return site_dir


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default content/ built once by `prongsai build` into a temporary folder."""
    return _build(tmp_path_factory.mktemp("e2e") / "site")


@pytest.fixture(scope="session")
def built_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fictional demo agency (tests/fixtures/demo: two years, both rounds), built once."""
    demo = REPO_ROOT / "tests" / "fixtures" / "demo"
    return _build(tmp_path_factory.mktemp("e2e-demo") / "site", "--content", str(demo))


class _QuietHandler(SimpleHTTPRequestHandler):
    extensions_map: ClassVar = {**SimpleHTTPRequestHandler.extensions_map, ".woff2": "font/woff2"}

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def _serving(folder: Path) -> Iterator[str]:
    """``folder`` over http on 127.0.0.1 (a free port); yields the base URL ending in /."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[str]:
    """The default site served locally; yields the base URL ending in /."""
    with _serving(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def demo_server(built_demo: Path) -> Iterator[str]:
    """The demo site served locally; yields the base URL ending in /."""
    with _serving(built_demo) as url:
        yield url


@pytest.fixture(scope="session")
def demo_site():
    """The model of the demo content (what the demo pages must show)."""
    from prongsai.pipeline import run

    result = run(REPO_ROOT / "tests" / "fixtures" / "demo")
    assert result.site is not None
    return result.site


@pytest.fixture
def page(browser):
    """A phone-sized tab (375 px) that accepts downloads."""
    context = browser.new_context(viewport={"width": 375, "height": 800}, accept_downloads=True)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium from /usr/bin/chromium (skipped locally, a failure in CI, if missing)."""
    if not CHROMIUM.exists():
        _unavailable(MISSING_CHROMIUM)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright Python package is missing: run `make test`")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield chromium
        finally:
            chromium.close()


AXE = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
MISSING_AXE = (
    f"axe-core is not installed ({AXE.relative_to(REPO_ROOT)} is missing):"
    " run `npm ci` in the repository root (`make test` does it)"
)


@pytest.fixture(scope="session")
def axe_source() -> Path:
    """node_modules/axe-core/axe.min.js (skipped locally, a failure in CI, if missing)."""
    if not AXE.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"CI: {MISSING_AXE}", pytrace=False)
        pytest.skip(MISSING_AXE)
    return AXE
