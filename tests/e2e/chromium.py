"""Debian's Chromium for the browser tests (tests/e2e/ and the example site's, tests/example/):
one browser a session, so tests/conftest.py imports these fixtures for both folders.

Never a Playwright-downloaded browser. Missing tools skip the tests locally and fail them in CI.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

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


def _unavailable(message: str) -> None:
    """Skip locally, fail in CI: a browser test skipped in CI would pass without testing."""
    if os.environ.get("CI"):
        pytest.fail(f"CI: {message}", pytrace=False)
    pytest.skip(message)


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


SEARCH_PROMPT = "พิมพ์คำที่ต้องการค้นหา"
"""What Material's search shows once its index is loaded (Thai translation)."""


def focus_search(page) -> object:
    """Focus the search box (which loads the index) and wait until Material says it is
    ready; returns the box to type into."""
    box = page.locator("input[data-md-component=search-query]")
    box.focus()
    page.wait_for_function(
        "(prompt) => document.querySelector('.md-search-result__meta').textContent.trim()"
        " === prompt",
        arg=SEARCH_PROMPT,
        timeout=30000,
    )
    return box
