"""OIT pages in a real browser (issue #4): an assessor opens one URL per item, a reader
verifies a downloaded document against its SHA-256, the ITAS sheet downloads as Excel
expects, measures and items link both ways. Uses the demo (a complete 2567); the example
site's seed (O42/O43 only) is in tests/example/test_oit.py."""

from __future__ import annotations

import csv
import io

import pytest

from prongsai.oit.itas import BYTE_ORDER_MARK
from prongsai.site.model import ItemStatus
from tests.e2e.test_accessibility import check, run_axe

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def demo_oit(demo_site):
    return demo_site.years[0].oit


def test_the_oit_page_lists_every_item_with_its_status_as_text(page, demo_server, demo_oit):
    page.goto(f"{demo_server}{demo_oit.year}/oit/")
    rows = page.locator("table.ps-oit-list tbody tr")
    assert rows.count() == len(demo_oit.items)
    for item in demo_oit.items:
        row = page.locator(f"tr#{item.code.lower()}")
        assert row.locator("td").first.inner_text() == item.code
        # The icon is a hidden character drawn by CSS; the word is what readers get.
        status = row.locator(".ps-status").inner_text().split()[-1]
        assert (
            status == {"published": "เผยแพร่แล้ว", "nothing_to_report": "ไม่มีข้อมูลในช่วงนี้"}[item.status]
        )


def test_an_assessor_opens_an_item_from_the_list(page, demo_server, demo_oit):
    item = demo_oit.items[15]
    page.goto(f"{demo_server}{demo_oit.year}/oit/")
    with page.expect_navigation():
        page.get_by_role("link", name=item.name, exact=True).click()
    assert page.url == f"{demo_server}{demo_oit.year}/oit/{item.code.lower()}/"
    assert page.locator("h1").inner_text().startswith(item.code)
    crumbs = page.locator(".ps-breadcrumbs li").all_inner_texts()
    assert crumbs == ["หน้าแรก", f"ปีงบประมาณ {demo_oit.year}", "OIT", item.code]


def test_a_downloaded_document_matches_its_published_sha256(page, demo_server, demo_oit):
    with_documents = [i for i in demo_oit.items if i.documents]
    assert len(with_documents) >= 6
    for item in with_documents:
        page.goto(f"{demo_server}{demo_oit.year}/oit/{item.code.lower()}/")
        for entry in page.locator("li.ps-document").all():
            shown = entry.locator(".ps-document__hash code").inner_text().strip()
            href = entry.locator("a").get_attribute("href")
            computed = page.evaluate(
                """async (href) => {
                    const response = await fetch(href);
                    const bytes = await response.arrayBuffer();
                    const digest = await crypto.subtle.digest("SHA-256", bytes);
                    return Array.from(new Uint8Array(digest))
                        .map((b) => b.toString(16).padStart(2, "0")).join("");
                }""",
                href,
            )
            assert computed == shown, f"{item.code}: {href}"
            assert shown in {d.sha256 for d in item.documents}


def test_the_itas_sheet_downloads_with_a_byte_order_mark(page, demo_server, demo_oit, tmp_path):
    page.goto(f"{demo_server}{demo_oit.year}/oit/")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="ดาวน์โหลดแบบตอบ ITAS").click()
    download = download_info.value
    assert download.suggested_filename == f"itas-{demo_oit.year}.csv"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    raw = target.read_bytes()
    assert raw.startswith(BYTE_ORDER_MARK.encode("utf-8"))
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [row[0] for row in table[1:]] == [item.code for item in demo_oit.items]
    for row, item in zip(table[1:], demo_oit.items, strict=True):
        assert row[2] == "มี"  # the demo's 2567 is complete
        assert row[3].endswith(f"/{demo_oit.year}/oit/{item.code.lower()}/")
        assert row[3].startswith("https://")


def test_a_measure_leads_to_its_item_and_back(page, demo_server, demo_oit):
    item = next(i for i in demo_oit.items if i.measures)
    ref = item.measures[0]
    page.goto(f"{demo_server}{ref.round.fiscal_year}/round-{ref.round.number}/")
    row = page.locator(f"tr#{ref.section.lower()}-{ref.measure.number}")
    with page.expect_navigation():
        row.get_by_role("link", name=item.code, exact=True).click()
    assert page.url.endswith(f"/oit/{item.code.lower()}/")
    back = page.locator("ul.ps-item-measures a").first
    with page.expect_navigation():
        back.click()
    assert page.url.endswith(f"#{ref.section.lower()}-{ref.measure.number}")


def test_a_partial_year_counts_its_items_and_says_which_are_missing(page, demo_server, demo_site):
    """2566 of the demo is partial: some items published, the others honestly missing."""
    oit = demo_site.year(2566).oit
    published = [i for i in oit.items if i.status is ItemStatus.PUBLISHED]
    missing = [i for i in oit.items if i.status is ItemStatus.MISSING]
    assert published and missing
    page.goto(f"{demo_server}2566/oit/")
    counts = page.locator("dl.ps-oit-counts").inner_text()
    for count in (len(published), len(missing), len(oit.items)):
        assert f"{count} ข้อ" in counts, counts
    item = next(i for i in missing if i.measures)  # a measure promised it, nothing published
    page.goto(f"{demo_server}2566/oit/{item.code.lower()}/")
    assert "หน่วยงานยังไม่ได้เผยแพร่ข้อมูลของข้อนี้" in page.locator("article").inner_text()
    measures = page.locator("ul.ps-item-measures").inner_text()
    assert all(ref.measure.title in measures for ref in item.measures), measures


@pytest.mark.parametrize("path", ["oit/", "oit/o2/", "oit/o42/", "oit/o43/"])
def test_oit_pages_do_not_overflow_a_phone(page, demo_server, demo_oit, path, tmp_path):
    page.goto(f"{demo_server}{demo_oit.year}/{path}")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"{path} is {width}px wide"
    page.screenshot(path=str(tmp_path / "oit.png"), full_page=True)


@pytest.mark.parametrize("width", [375, 1280])
def test_item_pages_with_documents_pass_axe(browser, demo_server, demo_oit, axe_source, width):
    """The document list (links, facts, hashes, the verification help) is accessible."""
    item = next(i for i in demo_oit.items if len(i.documents) and i.body)
    context = browser.new_context(viewport={"width": width, "height": 800})
    tab = context.new_page()
    tab.goto(f"{demo_server}{demo_oit.year}/oit/{item.code.lower()}/", wait_until="networkidle")
    tab.locator("details.ps-verify summary").click()
    check(run_axe(tab, axe_source), f"on {item.code} at {width}px with the help open")
    context.close()


def test_an_image_document_shows_on_its_item_page(page, demo_server):
    page.goto(f"{demo_server}2566/oit/o1/", wait_until="networkidle")
    image = page.locator("img.ps-document__image")
    assert image.count() == 1
    assert image.evaluate("(img) => img.complete && img.naturalWidth > 0")  # loaded, not blocked
    assert image.bounding_box()["width"] <= 375
