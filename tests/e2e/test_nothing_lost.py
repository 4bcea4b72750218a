"""Nothing lost, nothing invented: every value of the content is on the built site.

The values are enumerated from the model (every field of every dataclass, walked
generically), not from a hand-written list, and compared with the text a reader sees.
The site is the fictional demo agency (tests/fixtures/demo); the example site's own check
(tests/example/test_nothing_lost.py) also compares its round page with the seed document,
word by word.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup

from prongsai.shared import labels, thai
from prongsai.site.model import Round, Site

MARKDOWN_FIELDS = {"body", "introduction"}
NOT_CONTENT = {"source"}  # where a value came from, not a value readers see


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _leaves(value: object, path: str = "") -> Iterator[tuple[str, object]]:
    """Every (field path, value) of a model object, however deep."""
    if dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            if field.name not in NOT_CONTENT:
                yield from _leaves(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _leaves(item, f"{path}[{index}]")
    elif value is not None:
        yield path, value


def _expected_text(path: str, value: object) -> str:
    """How a value reads on the page."""
    if isinstance(value, dt.date):
        return thai.format_date(value)
    if path.rsplit(".", 1)[-1].split("[")[0] in MARKDOWN_FIELDS:
        html = markdown.markdown(str(value), extensions=["tables"])
        return BeautifulSoup(html, "html.parser").get_text(" ")
    if path.endswith(".status"):
        return labels.STATUS_NAMES[str(value)]
    if path.endswith(".number") and isinstance(value, int):
        return f"({value})"
    return str(value)


def _page_text(site_dir: Path, url: str) -> str:
    html = (site_dir / url.strip("/") / "index.html").read_text(encoding="utf-8")
    article = BeautifulSoup(html, "html.parser").select_one("article")
    assert article is not None, f"{url} has no <article>"
    return _normalise(article.get_text(" "))


@pytest.fixture(scope="module")
def site(demo_site: Site) -> Site:
    return demo_site


def _rounds(site: Site) -> list[Round]:
    return list(site.rounds)


# Each check takes a built site and the model of its content: the example site's tests
# (tests/example/test_nothing_lost.py) run them on the repository's content/ too.


def test_every_value_of_every_round_is_on_its_page(built_demo: Path, site: Site) -> None:
    assert len(_rounds(site)) == 4  # two years, both rounds
    assert every_value_of_every_round_is_on_its_page(built_demo, site) > 300


def test_every_cell_of_a_measure_is_in_its_own_row(built_demo: Path, site: Site) -> None:
    every_cell_of_a_measure_is_in_its_own_row(built_demo, site)


def test_the_agency_and_every_year_are_on_the_home_page(built_demo: Path, site: Site) -> None:
    the_agency_and_every_year_are_on_the_home_page(built_demo, site)


def test_each_round_page_shows_its_derived_period(built_demo: Path, site: Site) -> None:
    each_round_page_shows_its_derived_period(built_demo, site)


def every_value_of_every_round_is_on_its_page(site_dir: Path, site: Site) -> int:
    """How many values were found (a walk that finds nothing must fail the caller)."""
    checked = 0
    for round_ in _rounds(site):
        page = _page_text(site_dir, f"/{round_.fiscal_year}/round-{round_.number}/")
        for path, value in _leaves(round_):
            if path in (".fiscal_year", ".number"):
                continue  # the page's address and title say these
            expected = _normalise(_expected_text(path, value))
            assert expected in page, f"round {round_.fiscal_year}/{round_.number}{path} is missing"
            checked += 1
    return checked


def every_cell_of_a_measure_is_in_its_own_row(site_dir: Path, site: Site) -> None:
    for round_ in _rounds(site):
        html = site_dir / str(round_.fiscal_year) / f"round-{round_.number}" / "index.html"
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        for section in round_.report.sections:
            for measure in section.measures:
                row = soup.select_one(f"tr#{section.code.lower()}-{measure.number}")
                assert row is not None, f"{section.code} ({measure.number}) has no row"
                text = _normalise(row.get_text(" "))
                for path, value in _leaves(measure):
                    assert _normalise(_expected_text(path, value)) in text, (
                        f"{section.code} ({measure.number}){path} is not in its row"
                    )
                assert len(row.select("td")) == 5


def the_agency_and_every_year_are_on_the_home_page(site_dir: Path, site: Site) -> None:
    home = _page_text(site_dir, "/")
    assert site.agency.name in home
    for year in site.years:
        assert f"ปีงบประมาณ {year.year}" in home
        for round_ in year.rounds:
            assert labels.ROUND_NAMES[round_.number] in home


def each_round_page_shows_its_derived_period(site_dir: Path, site: Site) -> None:
    for round_ in _rounds(site):
        page = _page_text(site_dir, f"/{round_.fiscal_year}/round-{round_.number}/")
        assert thai.format_period(round_.period_start, round_.period_end) in page


# ---- OIT: every disclosure of the demo (a complete 2567, a partial 2566) --------------------

OIT_SKIP = {"code", "sub_indicator", "confidence", "sources", "status", "generated"}
"""Shown in other words (the code in the heading, the status as a badge, the sub-indicator
by name, the confidence as a sentence): checked by their own tests."""


def _item_expected(path: str, value: object) -> str | None:
    """How an OIT item's value reads on its page (None: not shown as such)."""
    leaf = path.rsplit(".", 1)[-1].split("[")[0]
    if leaf in OIT_SKIP or ".measures[" in path or leaf == "explanation":
        return None
    if ".document." in path:
        if leaf == "size":
            return thai.format_file_size(int(value))  # type: ignore[arg-type]
        if leaf in {"sha256", "url_path"}:
            return None if leaf == "url_path" else str(value)
        if leaf in {"source", "content_path", "media_type", "english"}:
            return None
        return str(value) if leaf in {"thai"} else None
    if leaf in {"page", "url"}:
        return None  # link targets, not text
    return _expected_text(path, value)


def test_every_oit_disclosure_of_the_demo_is_on_its_item_page(built_demo: Path, site: Site) -> None:
    from prongsai.oit.itas import itas_rows

    checked = 0
    for year in site.years:
        if year.oit is None:
            continue
        explanations = {row.code: row.explanation for row in itas_rows(year.oit, None)}
        sheet_file = built_demo / str(year.year) / "oit" / f"itas-{year.year}.csv"
        with sheet_file.open(encoding="utf-8-sig", newline="") as stream:
            sheet = {row[0]: row[4] for row in csv.reader(stream)}
        for item in year.oit.items:
            page = _page_text(built_demo, f"/{year.year}/oit/{item.code.lower()}/")
            assert f"{item.code} {item.name}" in page
            for path, value in _leaves(item):
                expected = _item_expected(path, value)
                if expected is not None:
                    assert _normalise(expected) in page, f"{year.year} {item.code}{path}"
                    checked += 1
            for ref in item.measures:
                assert ref.measure.title in page, f"{year.year} {item.code}: {ref.measure.title}"
            assert sheet[item.code] == explanations[item.code]  # the ITAS explanation
    assert checked > 150


def test_every_catalogue_fact_is_on_the_oit_page(built_demo: Path, site: Site) -> None:
    for year in site.years:
        if year.oit is None:
            continue
        page = _page_text(built_demo, f"/{year.year}/oit/")
        catalogue = year.oit.catalogue
        assert _normalise(catalogue.title) in page
        for source in catalogue.sources:
            assert _normalise(source.title) in page and source.id in page
        for rule in catalogue.general_rules:
            assert _normalise(rule.text) in page
        for item in year.oit.items:
            assert item.name in page


# ---- service statistics: every figure of the demo datasets ------------------------------------


def test_every_figure_of_every_dataset_is_in_its_row(built_demo: Path, site: Site) -> None:
    checked = 0
    for year in site.years:
        if not year.statistics:
            continue
        html = (built_demo / str(year.year) / "statistics" / "index.html").read_text("utf-8")
        soup = BeautifulSoup(html, "html.parser")
        tables = soup.select("table.ps-stats")
        views = [
            (dataset, view)
            for dataset in year.statistics
            for view in dataset.periods(year.previous_dataset(dataset))
        ]
        assert len(tables) == len(views)
        for table, (dataset, view) in zip(tables, views, strict=True):
            assert dataset.title in table.caption.get_text()
            for body_row, row in zip(table.select("tbody tr"), view.rows, strict=True):
                header = _normalise(body_row.th.get_text(" "))
                assert header.startswith(row.service.name)
                cells = [_normalise(td.get_text(" ")) for td in body_row.select("td")]
                for cell, count in zip(cells, row.counts, strict=False):
                    assert cell == ("–" if count is None else f"{count:,}")
                    checked += 1
                if row.service.satisfaction is not None:
                    assert f"{row.service.satisfaction:.1f}" in cells
    assert checked > 300
