"""The example site's OIT pages in a real browser: the seed gives evidence for O42/O43 of
2565 only, and the page says so for the other items."""

from __future__ import annotations

import pytest

from prongsai.pipeline import run
from prongsai.site.model import ItemStatus
from tests.example.conftest import EXAMPLE_CONTENT

pytestmark = pytest.mark.browser


def test_the_default_site_shows_the_seed_evidence_and_the_missing_items(page, site_server):
    site = run(EXAMPLE_CONTENT).site
    oit = site.year(2565).oit
    published = [i.code for i in oit.items if i.status is ItemStatus.PUBLISHED]
    assert published == ["O42", "O43"]
    page.goto(f"{site_server}2565/oit/")
    counts = page.locator("dl.ps-oit-counts").inner_text()
    assert "2 ข้อ" in counts and "41 ข้อ" in counts and "43 ข้อ" in counts
    page.goto(f"{site_server}2565/oit/o15/")
    assert "หน่วยงานยังไม่ได้เผยแพร่ข้อมูลของข้อนี้" in page.locator("article").inner_text()
    assert "ข้อมูลเชิงสถิติการให้บริการ (ตัวชี้วัดข้อ O15)" in page.locator("ul.ps-item-measures").inner_text()
