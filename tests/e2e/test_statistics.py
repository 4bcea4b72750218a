"""Service statistics in a real browser (issue #5), on the demo (2566 and 2567 datasets):
tables that scroll inside their own region on a phone, inline SVG charts with accessible
names drawn in Sarabun, downloads that give back the numbers on the page, axe."""

from __future__ import annotations

import csv
import io

import pytest

from tests.e2e.test_accessibility import check, run_axe

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def statistics_year(demo_site):
    year = next(y for y in demo_site.years if y.statistics)
    assert len(year.statistics) >= 2
    return year


def test_the_page_fits_a_phone_and_its_tables_scroll_inside(page, demo_server, statistics_year):
    page.goto(f"{demo_server}{statistics_year.year}/statistics/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    region = page.locator(".ps-stats-wrap").first
    assert region.get_attribute("tabindex") == "0" and region.get_attribute("role") == "region"
    widths = region.evaluate("(el) => [el.scrollWidth, el.clientWidth]")
    assert widths[0] > widths[1]  # twelve months are wider than a phone: the table scrolls
    page.screenshot(path="test-artifacts/screenshots/statistics-375.png", full_page=False)


def test_on_a_phone_the_service_column_stays_in_view(page, demo_server, statistics_year):
    page.goto(f"{demo_server}{statistics_year.year}/statistics/")
    region = page.locator(".ps-stats-wrap").nth(1)  # the twelve-month table
    region.scroll_into_view_if_needed()
    service = region.locator("tbody th").first
    before = service.bounding_box()
    region.evaluate("(el) => { el.scrollLeft = 300; }")
    page.wait_for_function("(el) => el.scrollLeft >= 300", arg=region.element_handle())
    after = service.bounding_box()
    assert abs(after["x"] - before["x"]) <= 1  # the months moved under it, the name did not
    month = region.locator("tbody td").first.bounding_box()
    assert month["x"] < before["x"] + before["width"]  # a month cell did scroll beneath it


def test_on_a_desktop_the_whole_twelve_month_table_shows(browser, demo_server, statistics_year):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(f"{demo_server}{statistics_year.year}/statistics/")
        sizes = page.locator(".ps-stats-wrap").evaluate_all(
            "(all) => all.map((el) => [el.scrollWidth, el.clientWidth])"
        )
        assert sizes and all(scroll <= client for scroll, client in sizes), sizes
    finally:
        context.close()


def test_charts_have_names_and_draw_thai_in_the_page_font(page, demo_server, statistics_year):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{demo_server}{statistics_year.year}/statistics/")
    charts = page.get_by_role("img", name="จำนวนการให้บริการรวมแยกตามบริการ รอบ 6 เดือนแรก")
    assert charts.count() == len(statistics_year.statistics)
    font = page.locator(".ps-chart__svg text").first.evaluate(
        "(el) => getComputedStyle(el).fontFamily"
    )
    assert font.startswith('"Sarabun"') or font.startswith("Sarabun")
    assert page.locator("svg script, svg foreignObject").count() == 0
    # Every service of the first dataset has its bar, labelled with its name.
    dataset = statistics_year.statistics[0]
    text = page.locator(".ps-chart__svg").first.inner_html()
    for service in dataset.services:
        assert service.name.split()[0] in text
    page.screenshot(path="test-artifacts/screenshots/statistics-1280.png", full_page=True)


def test_a_downloaded_csv_gives_the_numbers_of_the_table(page, demo_server, statistics_year):
    dataset = statistics_year.statistics[0]
    page.goto(f"{demo_server}{statistics_year.year}/statistics/")
    href = page.get_by_role("link", name="CSV", exact=True).first.get_attribute("href")
    text = page.evaluate("async (href) => (await fetch(href)).text()", href)
    records = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    totals: dict[str, int] = {}
    for record in records:
        totals[record["service"]] = totals.get(record["service"], 0) + int(record["count"])
    last = dataset.periods(statistics_year.previous_dataset(dataset))[-1]
    assert totals == {row.service.name: row.total for row in last.rows if row.total is not None}
    # The same totals are what a reader sees in the table's รวม column.
    table = page.locator("table.ps-stats").nth(len(dataset.periods(None)) - 1)
    for row in last.rows:
        cells = table.locator("tbody tr", has_text=row.service.name).first.locator("td")
        assert cells.nth(12).inner_text().replace(",", "") == str(row.total)


@pytest.mark.parametrize("path", ["statistics/", "../data/"])
@pytest.mark.parametrize("width", [375, 1280])
def test_statistics_and_data_pages_pass_axe(
    browser, demo_server, statistics_year, axe_source, path, width
):
    context = browser.new_context(viewport={"width": width, "height": 800})
    tab = context.new_page()
    tab.goto(f"{demo_server}{statistics_year.year}/{path}", wait_until="networkidle")
    check(run_axe(tab, axe_source), f"on {path} at {width}px")
    context.close()
