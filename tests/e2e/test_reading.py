"""The reading experience in a real browser, on the demo site (issue #3): navigation by year
and round, round 2 against round 1, print, the feed and the 404 page."""

from __future__ import annotations

import urllib.request

import feedparser
import pytest

from prongsai.shared import labels
from prongsai.site.model import Change

pytestmark = pytest.mark.browser


def test_a_reader_walks_from_home_to_a_round_and_back_by_breadcrumbs(page, demo_server, demo_site):
    latest = demo_site.years[0]
    page.goto(demo_server)
    page.get_by_role("link", name=f"ปีงบประมาณ {latest.year}", exact=True).first.click()
    page.wait_for_url(
        f"{demo_server}{latest.year}/"
    )  # fails after a timeout if it never gets there
    page.locator("article").get_by_role("link", name=labels.ROUND_NAMES[2]).first.click()
    page.wait_for_url(
        f"{demo_server}{latest.year}/round-2/"
    )  # fails after a timeout if it never gets there
    crumbs = page.locator("nav.ps-breadcrumbs li")
    assert crumbs.all_inner_texts() == [
        "หน้าแรก",
        f"ปีงบประมาณ {latest.year}",
        labels.ROUND_NAMES[2],
    ]
    page.locator("nav.ps-breadcrumbs").get_by_role("link", name=f"ปีงบประมาณ {latest.year}").click()
    page.wait_for_url(
        f"{demo_server}{latest.year}/"
    )  # fails after a timeout if it never gets there
    page.locator("nav.ps-breadcrumbs").get_by_role("link", name="หน้าแรก").click()
    page.wait_for_url(demo_server)  # fails after a timeout if it never gets there


def test_years_are_listed_newest_first(page, demo_server, demo_site):
    page.goto(demo_server)
    text = page.locator("article").inner_text()
    positions = [text.index(f"ปีงบประมาณ {year.year}") for year in demo_site.years]
    assert positions == sorted(positions)


def test_a_round_links_to_its_other_round_and_last_years_same_round(page, demo_server, demo_site):
    year = demo_site.years[0]
    page.goto(f"{demo_server}{year.year}/round-1/")
    related = page.locator("#related + ul a")
    hrefs = [page.evaluate("(a) => a.href", a) for a in related.element_handles()]
    assert f"{demo_server}{year.year}/round-2/" in hrefs
    assert f"{demo_server}{year.year - 1}/round-1/" in hrefs


def test_round_two_shows_each_measures_change_since_round_one(page, demo_server, demo_site):
    for year in demo_site.years:
        second = year.round(2)
        comparison = year.comparison(second)
        page.goto(f"{demo_server}{year.year}/round-2/")
        for section in second.report.sections:
            for measure in section.measures:
                note = page.locator(f"tr#{section.code.lower()}-{measure.number} .ps-change")
                expected = {
                    Change.SAME: "เท่ากับรอบ 6 เดือนแรก",
                    Change.CHANGED: "เปลี่ยนจาก",
                    Change.ONLY_HERE: "มีเฉพาะในรอบนี้",
                }[comparison.of(section.code, measure.number).change]
                assert expected in note.inner_text()
                assert note.is_visible()
        dropped = page.locator(".ps-dropped li").all_inner_texts()
        assert len(dropped) == len(comparison.dropped)
        for (_code, measure), text in zip(comparison.dropped, dropped, strict=True):
            assert measure.title in text


@pytest.mark.parametrize("path", ["2567/round-2/", "2567/", "about/", "accessibility/"])
def test_demo_pages_do_not_overflow_a_phone(page, demo_server, path):
    page.goto(demo_server + path)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"{path} is {width}px wide at 375px"


def test_the_year_page_counts_statuses_per_round_and_section(page, demo_server, demo_site):
    year = demo_site.years[0]
    page.goto(f"{demo_server}{year.year}/")
    tables = page.locator("table.ps-summary")
    assert tables.count() == len(year.rounds)
    for table, round_ in zip(tables.all(), year.rounds, strict=True):
        for section in round_.report.sections:
            row = table.locator("tbody tr", has=page.locator(f"th:text-is('{section.code}')"))
            cells = row.locator("td").all_inner_texts()
            counts = section.counts
            assert cells == [
                str(counts.done),
                str(counts.not_done),
                str(counts.unknown),
                str(counts.total),
            ]


def test_printing_a_round_keeps_the_memo_and_tables_only(page, demo_server):
    page.goto(f"{demo_server}2567/round-1/")
    page.emulate_media(media="print")
    hidden = [
        "header.md-header",
        ".md-sidebar--primary",
        ".md-footer",
        ".md-search",
        "nav.ps-breadcrumbs",
        "a.md-content__button",
    ]
    for selector in hidden:
        for element in page.locator(selector).all():
            assert not element.is_visible(), f"{selector} is printed"
    assert page.locator(".ps-memo").is_visible()
    assert page.locator("table.ps-measures").first.is_visible()
    row_break = page.evaluate(
        "getComputedStyle(document.querySelector('table.ps-measures tbody tr')).breakInside"
    )
    assert row_break == "avoid"
    font = page.evaluate("getComputedStyle(document.querySelector('.ps-memo')).fontFamily")
    assert font.startswith('"Sarabun"') or font.startswith("Sarabun")
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") > 1


def test_every_page_announces_the_feed_and_it_parses(page, demo_server, demo_site):
    page.goto(f"{demo_server}2567/")
    link = page.locator('head link[rel="alternate"][type="application/atom+xml"]')
    href = page.evaluate("(l) => l.href", link.element_handle())
    assert href == f"{demo_server}feed.xml"
    with urllib.request.urlopen(href) as response:
        parsed = feedparser.parse(response.read())
    assert not parsed.bozo and parsed.version == "atom10"
    rounds = sorted(demo_site.rounds, key=lambda r: r.memo.date, reverse=True)
    assert len(parsed.entries) == len(rounds) == 4
    newest = rounds[0]  # the entries are newest first, by the date of the memo
    assert (newest.fiscal_year, newest.number) == (2567, 2)
    assert parsed.entries[0].title == f"ปีงบประมาณ 2567 {labels.ROUND_NAMES[2]}"


def test_the_404_page_and_sitemap_are_there(built_demo):
    html = (built_demo / "404.html").read_text(encoding="utf-8")
    assert "<h1>ไม่พบหน้าที่ต้องการ</h1>" in html and 'lang="th"' in html
    sitemap = (built_demo / "sitemap.xml").read_text(encoding="utf-8")
    # site_url of the fictional site settings (tests/fixtures/site-config/mkdocs.yml)
    paths = ("", "2567/", "2567/round-1/", "2566/round-2/", "2567/oit/o1/", "2567/statistics/")
    for path in (*paths, "about/", "accessibility/"):
        assert f"<loc>https://test-agency.github.io/ita-site/{path}</loc>" in sitemap
