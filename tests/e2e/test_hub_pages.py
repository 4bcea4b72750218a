"""The hub's pages in Chromium: WCAG 2.1 A/AA with axe-core at a phone and a desktop width
(a healthy agency, one that failed, the province table, the report), the table's filter,
and no request to another host."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route

from prongsai.hub.build import build_hub
from prongsai.hub.fetch import FetchSettings
from prongsai.hub.sites import province_key
from prongsai.shared import urls
from tests.e2e.test_accessibility import check, run_axe
from tests.hub_sites import build_sites, serving, sites_yml

pytestmark = pytest.mark.browser

NAMES = ["demo", "oit", "statistics", "minimal", "html", "newer"]
WIDTHS = (375, 1280)


@pytest.fixture(scope="module")
def hub_server(tmp_path_factory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("hub-sites")
    build_sites(root)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        down = f"http://127.0.0.1:{s.getsockname()[1]}/"
    folder = tmp_path_factory.mktemp("hub")
    with serving(root) as sites:
        (folder / "SITES.yml").write_text(sites_yml(sites, NAMES, down), "utf-8")
        build_hub(
            folder / "SITES.yml",
            folder / "site",
            cache_dir=folder / "cache",
            settings=FetchSettings(timeout=2, retries=0),
            now=dt.datetime(2026, 12, 5, tzinfo=dt.UTC),
        )
    hub_root = folder / "site"
    with serving(hub_root) as hub:
        yield hub.url


PAGES = (
    ("", "home"),
    (urls.hub_province(province_key("ชุมพร")), "province"),
    (urls.hub_agency("00000000"), "agency-ok"),
    (urls.hub_agency("00000004"), "agency-failed"),
    (urls.HUB_REPORT, "report"),
)


def _open(browser: Browser, url: str, width: int, elsewhere: list[str]) -> Page:
    context = browser.new_context(viewport={"width": width, "height": 800})

    def only_local(route: Route) -> None:
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort("blockedbyclient")

    context.route("**/*", only_local)
    page = context.new_page()
    response = page.goto(url, wait_until="networkidle")
    assert response is not None and response.ok, url
    return page


@pytest.mark.parametrize(("path", "name"), PAGES, ids=[n for _, n in PAGES])
@pytest.mark.parametrize("width", WIDTHS, ids=[f"{w}px" for w in WIDTHS])
def test_hub_pages_pass_axe(browser, axe_source, hub_server, path, name, width):
    elsewhere: list[str] = []
    page = _open(browser, hub_server + path, width, elsewhere)
    try:
        check(run_axe(page, axe_source), f"on the hub's /{path} at {width}px")
        assert elsewhere == []
        # Material's stylesheet is applied (the header has its colour, the font is Sarabun).
        font = page.evaluate("getComputedStyle(document.body).fontFamily")
        assert "Sarabun" in font
    finally:
        page.context.close()


def test_the_province_table_filter(browser, hub_server):
    page = _open(browser, hub_server + urls.hub_province(province_key("ชุมพร")), 375, [])
    try:
        rows = page.locator("#agencies tbody tr")
        total = rows.count()
        assert total >= 3
        page.get_by_label("ค้นหาหน่วยงานหรืออำเภอ").fill("บ้านoit")
        assert page.locator("#agencies tbody tr:visible").count() == 1
        assert page.locator("#filter-count").inner_text() == f"พบ 1 จาก {total} หน่วยงาน"
        page.get_by_label("ค้นหาหน่วยงานหรืออำเภอ").fill("")
        assert page.locator("#agencies tbody tr:visible").count() == total
    finally:
        page.context.close()


def test_a_failed_agency_page_says_why_in_thai(browser, hub_server):
    page = _open(browser, hub_server + urls.hub_agency("00000004"), 1280, [])
    try:
        text = page.locator("article").inner_text()
        assert "อ่านข้อมูลครั้งล่าสุดไม่ได้" in text
        assert "ไม่ใช่ไฟล์ JSON" in text and "ยังไม่เคยอ่านข้อมูลของหน่วยงานนี้ได้" in text
    finally:
        page.context.close()
