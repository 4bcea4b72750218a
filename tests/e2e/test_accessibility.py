"""WCAG 2.1 A/AA checks with axe-core on the built site, in Debian's Chromium.

axe-core comes from package-lock.json (`npm ci`, which `make test` runs). Each page is
opened at a phone width and a desktop width, axe.min.js is injected, and axe runs with the
WCAG 2.0/2.1 level A and AA rule tags. Any violation fails the test; the message lists each
rule id, its impact, its help text and the CSS targets of the failing nodes. The round page
is also checked with Material's phone menu open and with search results shown, since those
only exist on screen after a click.

No axe rule is disabled. If one ever has to be, add it to DISABLED_RULES with a specific
reason (which element, why it is a false positive, and where that is recorded upstream).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route

pytestmark = pytest.mark.browser

LOCAL_HOST = "127.0.0.1"
WIDTHS = (375, 1280)
HEIGHT = 800
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DISABLED_RULES: dict[str, str] = {}  # rule id -> the written justification for turning it off
SEARCH_QUERY = "ทรัพย์สิน"  # a Thai word inside a run: results with highlighted excerpts
# (site-relative URL of the demo site, test id)
PAGES = (
    ("", "home"),
    ("2567/", "2567"),
    ("2567/round-1/", "2567-round-1"),
    ("2567/round-2/", "2567-round-2"),  # with each measure's change since round 1
    ("2567/oit/", "2567-oit"),
    ("2567/oit/o42/", "2567-oit-o42"),  # published
    ("2567/oit/o9/", "2567-oit-o9"),  # nothing to report
    ("2566/oit/o3/", "2566-oit-o3"),  # not published yet
    ("about/", "about"),
)


@pytest.fixture
def page_at(browser: Browser, demo_server: str) -> Iterator:
    """Open a site page at a width, with every request to another host blocked."""
    contexts = []

    def open_page(url: str, width: int) -> Page:
        context = browser.new_context(viewport={"width": width, "height": HEIGHT})
        contexts.append(context)

        def only_local(route: Route) -> None:
            if urlsplit(route.request.url).hostname == LOCAL_HOST:
                route.continue_()
            else:
                route.abort("blockedbyclient")

        context.route("**/*", only_local)
        page = context.new_page()
        response = page.goto(demo_server + url, wait_until="networkidle")
        assert response is not None and response.ok, f"/{url}: HTTP {response and response.status}"
        page.evaluate("document.fonts.ready.then(() => true)")
        return page

    yield open_page
    for context in contexts:
        context.close()


def run_axe(page: Page, axe: Path) -> dict:
    """axe.run on the whole document: {"version", "violations", "passes" (how many rules)}."""
    # Evaluated through DevTools, not added as a <script>: the page's Content-Security-Policy
    # (generator/site/csp.py) rightly refuses an inline script it does not know.
    page.evaluate(axe.read_text(encoding="utf-8"))
    options = {
        "runOnly": {"type": "tag", "values": WCAG_TAGS},
        "rules": {rule: {"enabled": False} for rule in DISABLED_RULES},
        "resultTypes": ["violations"],
    }
    return page.evaluate(
        """async (options) => {
            const results = await axe.run(document, options);
            return {
                version: axe.version,
                violations: results.violations,
                passes: results.passes.length,
            };
        }""",
        options,
    )


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}"
            f" [{violation['helpUrl']}]"
        )
        for node in violation["nodes"]:
            # One selector per frame or shadow root on the way to the node.
            target = " >> ".join(
                " > ".join(part) if isinstance(part, list) else part for part in node["target"]
            )
            lines.append(f"    {target}")
            summary = " ".join((node.get("failureSummary") or "").split())
            if summary:
                lines.append(f"      {summary}")
    return "\n".join(lines)


def check(results: dict, where: str) -> None:
    violations = results["violations"]
    assert not violations, (
        f"axe-core {results['version']} found {len(violations)} WCAG 2.1 A/AA violation(s)"
        f" {where}:\n" + describe(violations)
    )
    assert results["passes"] > 0, "axe-core checked nothing: did the page load?"


@pytest.mark.parametrize(("url", "name"), PAGES, ids=[name for _, name in PAGES])
@pytest.mark.parametrize("width", WIDTHS, ids=[f"{w}px" for w in WIDTHS])
def test_no_wcag21_aa_violations(axe_source, page_at, url, name, width) -> None:
    check(run_axe(page_at(url, width), axe_source), f"on /{url} at {width}px")


def wait_for_transitions(page: Page) -> None:
    """Until no CSS transition or animation of the page is running (a fade-in, a slide)."""
    page.wait_for_function("() => document.getAnimations().every((a) => a.playState !== 'running')")


def open_menu(page: Page) -> None:
    """The phone menu (Material's drawer), opened with the header's menu button."""
    page.click("label.md-header__button[for='__drawer']")
    # Predicates are functions, not expressions: Playwright polls an expression with eval(),
    # which the pages' Content-Security-Policy (no 'unsafe-eval') refuses.
    page.wait_for_function(
        "() => document.querySelector('.md-sidebar--primary').getBoundingClientRect().left >= 0"
    )
    wait_for_transitions(page)  # the overlay's fade-in


def open_search(page: Page) -> None:
    """The search dialog with a query typed and its results (or result count) shown."""
    button = page.locator("label.md-header__button[for='__search']")
    if button.is_visible():  # phones: a search button in the header opens the dialog
        button.click()
    else:  # wider screens: the search field is in the header
        page.click("input.md-search__input")
    # Opening search loads the index; Material shows its prompt when the index is ready.
    page.wait_for_function(
        "() => document.querySelector('.md-search-result__meta').textContent.trim()"
        " === 'พิมพ์คำที่ต้องการค้นหา'",
        timeout=30000,
    )
    field = page.locator("input.md-search__input")
    field.fill(SEARCH_QUERY)
    field.dispatch_event("keyup")  # Material reads the query on keyup
    page.wait_for_function(
        "() => document.querySelector('.md-search-result__list').children.length > 0",
        timeout=30000,
    )
    wait_for_transitions(page)


STATES = (
    (open_menu, 375, "menu-375px"),
    (open_search, 375, "search-375px"),
    (open_search, 1280, "search-1280px"),
)


@pytest.mark.parametrize(("action", "width"), [s[:2] for s in STATES], ids=[s[2] for s in STATES])
def test_no_wcag21_aa_violations_with_menu_or_search_open(
    axe_source, page_at, action, width
) -> None:
    """Material's drawer and search dialog are part of every page but hidden when it loads."""
    url = "2567/round-1/"
    page = page_at(url, width)
    action(page)
    check(run_axe(page, axe_source), f"on /{url} at {width}px after {action.__name__}")
