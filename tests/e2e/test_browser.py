"""The built site in a real browser: self-contained, Thai, readable on a phone.

The site is the fictional demo agency (tests/fixtures/demo) built with the fictional site
settings (tests/fixtures/site-config): the engine's pages, whatever the repository's content/.

Each page is opened at a phone width (375 px) and a desktop width (1280 px). Anything the
page asks for outside 127.0.0.1 is recorded and blocked, so the test fails instead of hanging.
Expected texts come from the generator's own model, not from copies typed here.
Screenshots go to test-artifacts/screenshots/ for a human to look at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route

from prongsai.pipeline import Result
from prongsai.shared import labels, thai, urls
from prongsai.site.model import Round

pytestmark = pytest.mark.browser

REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO_ROOT / "test-artifacts" / "screenshots"
LOCAL_HOST = "127.0.0.1"
WIDTHS = (375, 1280)
HEIGHT = 800
# (site-relative URL, screenshot name, how the generator addresses the page)
PAGES = (
    ("", "home", urls.home()),
    ("2567/", "2567", urls.fiscal_year(2567)),
    ("2567/round-1/", "2567-round-1", urls.round_report(2567, 1)),
)
ROUND_URL = "2567/round-1/"
# The demo is built as content/ next to the fixture's mkdocs.yml (repo_url, edit_uri).
EDIT_LINK = "https://github.com/test-agency/ita-site/edit/main/content/reports/2567-round-1.yml"


@dataclass
class Visit:
    """One page opened at one width, with every request it made."""

    page: Page
    base_url: str
    requests: list[str] = field(default_factory=list)

    @property
    def external_requests(self) -> list[str]:
        return [url for url in self.requests if urlsplit(url).hostname != LOCAL_HOST]


@pytest.fixture(scope="module")
def model(demo_result: Result) -> Result:
    return demo_result


@pytest.fixture(scope="module")
def round_1(model: Result) -> Round:
    year = model.site.year(2567)
    assert year is not None
    round_ = year.round(1)
    assert round_ is not None
    return round_


@pytest.fixture(scope="module")
def visit(browser: Browser, demo_server: str) -> Iterator[Callable[[str, int], Visit]]:
    """Open a page at a width once per module (later tests reuse the loaded page)."""
    contexts: list[BrowserContext] = []
    visits: dict[tuple[str, int], Visit] = {}

    def open_page(url: str, width: int) -> Visit:
        if (url, width) in visits:
            return visits[(url, width)]
        context = browser.new_context(viewport={"width": width, "height": HEIGHT})
        contexts.append(context)
        seen = Visit(context.new_page(), demo_server)

        # On the context (not only the page) so requests of workers are seen and blocked too.
        def record(request) -> None:
            if not request.url.startswith(("data:", "blob:")):  # not network requests
                seen.requests.append(request.url)

        def only_local(route: Route) -> None:
            if urlsplit(route.request.url).hostname == LOCAL_HOST:
                route.continue_()
            else:
                if route.request.url not in seen.requests:
                    seen.requests.append(route.request.url)
                route.abort("blockedbyclient")

        context.on("request", record)
        context.route("**/*", only_local)
        response = seen.page.goto(demo_server + url, wait_until="networkidle")
        assert response is not None and response.ok, f"{url}: HTTP {response and response.status}"
        seen.page.evaluate("document.fonts.ready.then(() => true)")
        visits[(url, width)] = seen
        return seen

    yield open_page
    for context in contexts:
        context.close()


every_page = pytest.mark.parametrize(
    ("url", "name", "path"), PAGES, ids=[name for _, name, _ in PAGES]
)
every_width = pytest.mark.parametrize("width", WIDTHS, ids=[f"{w}px" for w in WIDTHS])


@every_page
@every_width
def test_screenshot(visit, url, name, path, width) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}-{width}.png"
    visit(url, width).page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 0


@every_page
@every_width
def test_every_request_stays_on_the_site(visit, url, name, path, width) -> None:
    seen = visit(url, width)
    assert seen.requests, "no request was recorded at all"
    assert seen.external_requests == [], "requests to other hosts (blocked by the test)"


@every_page
@every_width
def test_language_and_title(visit, model, url, name, path, width) -> None:
    page = visit(url, width).page
    assert page.get_attribute("html", "lang") == "th"
    heading = page.locator("article h1")
    assert heading.count() == 1
    assert heading.is_visible()
    assert heading.inner_text().strip() == model.rendered.page(path).title


@every_page
@every_width
def test_no_horizontal_overflow(visit, url, name, path, width) -> None:
    page = visit(url, width).page
    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, f"the page is {scroll_width}px wide in a {width}px window"


@every_page
@every_width
def test_body_text_is_set_in_sarabun(visit, url, name, path, width) -> None:
    seen = visit(url, width)
    fonts = seen.page.evaluate(
        """async () => {
            await document.fonts.ready;
            return {
                check: document.fonts.check('16px Sarabun'),
                loaded: [...document.fonts]
                    .filter(f => f.family.replace(/["']/g, '') === 'Sarabun')
                    .map(f => f.status),
                body: getComputedStyle(document.querySelector('article p')).fontFamily,
            };
        }"""
    )
    assert fonts["body"].replace('"', "").split(",")[0].strip() == "Sarabun", fonts["body"]
    assert "loaded" in fonts["loaded"], f"no Sarabun face was loaded: {fonts['loaded']}"
    assert fonts["check"], "document.fonts.check('16px Sarabun') is false"
    woff2 = [u for u in seen.requests if u.startswith(seen.base_url) and u.endswith(".woff2")]
    assert woff2, f"no .woff2 was requested from the site: {seen.requests}"


@every_width
def test_memo_header_shows_number_and_thai_date(visit, round_1, width) -> None:
    header = visit(ROUND_URL, width).page.locator(".ps-memo__head")
    assert header.is_visible()
    text = header.inner_text()
    assert round_1.memo.document_number in text
    assert thai.format_date(round_1.memo.date) in text


@every_width
def test_measures_tables_are_visible(visit, round_1, width) -> None:
    tables = visit(ROUND_URL, width).page.locator("table.ps-measures")
    sections = [s for s in round_1.report.sections if s.measures]
    assert tables.count() == len(sections)
    for index in range(tables.count()):
        assert tables.nth(index).is_visible(), f"measures table {index + 1} is hidden"


@every_width
def test_each_status_is_written_out(visit, round_1, width) -> None:
    """Status is readable as text in every row, not told by colour alone."""
    page = visit(ROUND_URL, width).page
    names = labels.STATUS_NAMES.values()
    for section in round_1.report.sections:
        for measure in section.measures:
            row = page.locator(f"tr#{section.code.lower()}-{measure.number}")
            status = row.locator(".ps-status")
            assert status.count() == 1 and status.is_visible(), row
            text = status.inner_text()
            # "ทำ" is part of "ไม่ทำ": the longest status name found is the one shown.
            shown = max((n for n in names if n in text), key=len, default=None)
            assert shown == labels.STATUS_NAMES[measure.status], (section.code, measure.number)


@every_width
def test_edit_link_opens_the_report_source(visit, width) -> None:
    link = visit(ROUND_URL, width).page.locator("a[rel=edit]")
    assert link.count() == 1
    assert link.get_attribute("href") == EDIT_LINK
