"""Thai search on the example site (the seed's words, อบต.เขาน้อย): the engine's search
tests (tests/e2e/test_search.py) run on the demo; these queries are the example's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_search import _search, pages_carry_no_invisible_characters

# (query, page that must be among the results, or None: nothing must be found)
DEFAULT_QUERIES = [
    ("ทรัพย์สิน", "/2565/round-1/"),  # inside "การใช้ทรัพย์สินของราชการ"
    ("ราชการ", "/2565/round-1/"),  # at the end of that run
    ("การใช้ทรัพย์สินของราชการ", "/2565/round-1/"),  # five words typed together
    ("ผู้มีส่วนได้ส่วนเสีย", "/2565/round-1/"),  # several words, no space
    ("ร้องเรียน", "/2565/round-1/"),
    ("สำนักปลัด", "/2565/round-1/"),
    ("เขาน้อย", "/about/"),  # in the agency's name
    ("ข้อมูลเชิงสถิติ", "/2565/oit/o15/"),  # an item's title, three words
    ("มาตรการส่งเสริมคุณธรรม", "/2565/oit/o42/"),
    ("O15", "/2565/oit/o15/"),  # an item code
    ("o42", "/2565/oit/o42/"),  # in lower case too
    ("Atom", "/about/"),  # an English word
    ("ITAS", "/2565/oit/"),
    ("ไดโนเสาร์", None),  # absent Thai word
    ("xylophone", None),  # absent English word
    ("ทรัพย์สินไดโนเสาร์", None),  # a present word with an absent one
]


@pytest.mark.parametrize(
    ("query", "expected"), DEFAULT_QUERIES, ids=[q for q, _ in DEFAULT_QUERIES]
)
def test_default_site_queries(page, site_server, query, expected):
    found = _search(page, site_server, query)
    if expected is None:
        assert found == [], f"{query!r} should find nothing, found {found}"
    else:
        assert expected in found, f"{query!r} should find {expected}, found {found}"


@pytest.mark.browser
def test_results_show_the_round_title(page, site_server):
    _search(page, site_server, "ทรัพย์สิน")
    result = page.locator(".md-search-result__item").first
    assert "ปีงบประมาณ 2565 รอบ 6 เดือนแรก" in result.inner_text()


def test_pages_carry_no_invisible_characters(built_site: Path):
    """Segmentation changes the search index only: what readers see and copy is unchanged."""
    pages_carry_no_invisible_characters(built_site)
