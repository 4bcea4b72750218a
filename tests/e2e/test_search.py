"""Thai search in a real browser (issue #6): words inside runs, words typed together,
codes and English words find their pages; absent words find nothing; nothing of search is
downloaded before the reader opens it; no invisible character reaches what readers see."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from prongsai.shared import labels
from tests.e2e.chromium import SEARCH_PROMPT, focus_search
from tests.e2e.conftest import DEMO

pytestmark = pytest.mark.browser

NONE_FOUND = "ไม่พบหน้าที่ตรงกับคำค้น"
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")

# (query, page that must be among the results, or None: nothing must be found)
DEMO_QUERIES = [
    ("ทรัพย์สิน", "/2567/round-1/"),  # inside "การใช้ทรัพย์สินของราชการ"
    ("ราชการ", "/2567/round-1/"),  # at the end of that run
    ("การใช้ทรัพย์สินของราชการ", "/2567/round-1/"),  # five words typed together
    ("ผู้มีส่วนได้ส่วนเสีย", "/2567/round-1/"),  # several words, no space
    ("ข้อมูลเชิงสถิติ", "/2567/oit/o16/"),  # an item's title, three words
    ("มาตรการส่งเสริมคุณธรรม", "/2567/oit/o42/"),
    ("O16", "/2567/oit/o16/"),  # an item code
    ("o42", "/2567/oit/o42/"),  # in lower case too
    ("Atom", "/about/"),  # an English word
    ("ITAS", "/2567/oit/"),
    ("xylophone", None),  # absent English word
    ("ทรัพย์สินไดโนเสาร์", None),  # a present word with an absent one
    ("รถกู้ชีพ", "/2567/statistics/"),  # a service of the statistics tables
    ("ถนนชำรุด", "/2567/statistics/"),
    ("เบี้ยยังชีพ", "/2567/statistics/"),
    ("ภาษีป้าย", "/2566/statistics/"),
    ("อบต.ตัวอย่าง", "/about/"),  # an abbreviation with its dot
    ("เรื่องร้องเรียนร้องทุกข์", "/2567/statistics/"),
    ("คุณธรรม", "/2567/oit/o43/"),
    ("ยีราฟ", None),  # absent Thai word
]


def _search(page, base: str, query: str) -> list[str]:
    """Type ``query`` in the search box of the home page; the result pages' paths (all of
    them: Material shows results in batches, so the list is scrolled to its end)."""
    page.goto(base, wait_until="networkidle")
    box = focus_search(page)  # focusing loads the index
    box.fill(query)
    box.dispatch_event("keyup")  # Material reads the query on keyup, as from a keyboard
    # The worker answers with results, or with the "none found" line; a busy machine may
    # need a while to build the index, so wait for either rather than for a fixed time.
    page.wait_for_function(
        "(none) => document.querySelector('.md-search-result__item') ||"
        " document.querySelector('.md-search-result__meta').textContent.trim() === none",
        arg=NONE_FOUND,
        timeout=30000,
    )
    if page.locator(".md-search-result__item").count() == 0:
        # "None found" can be an answer to the query as it was a moment before: it counts
        # only if no result arrives in the next seconds.
        try:
            page.wait_for_selector(".md-search-result__item", timeout=3000)
        except PlaywrightTimeout:
            return []
    for _ in range(20):  # load every batch of results
        count = page.locator(".md-search-result__item").count()
        page.locator(".md-search-result__item").last.scroll_into_view_if_needed()
        page.wait_for_timeout(150)
        if page.locator(".md-search-result__item").count() == count:
            break
    hrefs = page.locator(".md-search-result__link").evaluate_all("links => links.map(a => a.href)")
    return sorted({urlsplit(href).path for href in hrefs})


@pytest.mark.parametrize(("query", "expected"), DEMO_QUERIES, ids=[q for q, _ in DEMO_QUERIES])
def test_demo_queries(page, demo_server, query, expected):
    found = _search(page, demo_server, query)
    if expected is None:
        assert found == [], f"{query!r} should find nothing, found {found}"
    else:
        assert expected in found, f"{query!r} should find {expected}, found {found}"


def test_results_show_the_thai_title_and_a_highlighted_excerpt(page, demo_server, demo_site):
    found = _search(page, demo_server, "ทรัพย์สิน")
    rounds = {}  # the round pages whose report has the word: address -> title
    for r in demo_site.rounds:
        report = DEMO / "reports" / f"{r.fiscal_year}-round-{r.number}.yml"
        if "ทรัพย์สิน" in report.read_text(encoding="utf-8"):
            title = f"ปีงบประมาณ {r.fiscal_year} {labels.ROUND_NAMES[r.number]}"
            rounds[f"/{r.fiscal_year}/round-{r.number}/"] = title
    assert rounds and set(rounds) <= set(found), found  # every round that has the word
    result = page.locator(".md-search-result__item").first
    assert any(title in result.inner_text() for title in rounds.values()), result.inner_text()
    marks = page.locator(".md-search-result mark").all_inner_texts()
    assert "ทรัพย์สิน" in marks
    html = page.locator(".md-search-result").inner_html()
    assert not any(character in html for character in ZERO_WIDTH)


def test_nothing_of_search_loads_until_the_reader_opens_it(page, demo_server):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(urlsplit(request.url).path))
    page.goto(f"{demo_server}2567/round-1/", wait_until="networkidle")
    page.wait_for_timeout(500)
    searchy = [p for p in requests if "search" in p or "worker" in p or "lunr" in p]
    assert searchy == ["/assets/prongsai/search.js"], searchy
    page.locator("input[data-md-component=search-query]").focus()
    page.wait_for_function(
        "() => document.querySelector('.md-search-result__meta').textContent.trim()"
        f" === '{SEARCH_PROMPT}'"
    )
    assert "/search/search_index.json" in requests
    assert any(p.startswith("/assets/javascripts/workers/search.") for p in requests)
    assert not any("wordcut" in p or "lunr.th" in p for p in requests)


def test_opening_search_on_a_phone_loads_it_too(browser, demo_server):
    context = browser.new_context(viewport={"width": 375, "height": 800}, has_touch=True)
    tab = context.new_page()
    requests: list[str] = []
    tab.on("request", lambda request: requests.append(urlsplit(request.url).path))
    tab.goto(demo_server, wait_until="networkidle")
    assert "/search/search_index.json" not in requests
    tab.locator("label[for=__search]").first.tap()
    field = tab.locator("input[data-md-component=search-query]")
    field.fill("ทรัพย์สิน")
    field.dispatch_event("keyup")
    tab.wait_for_selector(".md-search-result__item", timeout=15000)
    assert "/search/search_index.json" in requests
    context.close()


def test_pages_carry_no_invisible_characters(built_demo: Path):
    """Segmentation changes the search index only: what readers see and copy is unchanged."""
    pages_carry_no_invisible_characters(built_demo)


def pages_carry_no_invisible_characters(site: Path) -> None:
    pages = list(site.rglob("*.html"))
    assert len(pages) > 40
    for html in pages:
        text = html.read_text(encoding="utf-8")
        assert not any(character in text for character in ZERO_WIDTH), html
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "\u200b" in index  # the index is segmented
