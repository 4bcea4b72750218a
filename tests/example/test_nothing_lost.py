"""Nothing lost on the example site: every value of the repository's content/ is on the built
pages, and every word of the seed document (the memo of อบต.เขาน้อย) is on its round page.

The value checks are the engine's (tests/e2e/test_nothing_lost.py), run on the example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from prongsai.pipeline import run
from prongsai.site.model import Site
from tests.conftest import FIXTURES
from tests.e2e.test_nothing_lost import (
    _page_text,
    each_round_page_shows_its_derived_period,
    every_cell_of_a_measure_is_in_its_own_row,
    every_value_of_every_round_is_on_its_page,
    the_agency_and_every_year_are_on_the_home_page,
)
from tests.example.conftest import EXAMPLE_CONTENT

SEED = FIXTURES / "seed" / "khao-noi-2565-round-1.txt"


@pytest.fixture(scope="module")
def site() -> Site:
    result = run(EXAMPLE_CONTENT)
    assert result.site is not None
    return result.site


def test_every_value_of_every_round_is_on_its_page(built_site: Path, site: Site) -> None:
    # the seed alone has well over 80 values: the walk really walked
    assert every_value_of_every_round_is_on_its_page(built_site, site) > 80


def test_every_cell_of_a_measure_is_in_its_own_row(built_site: Path, site: Site) -> None:
    every_cell_of_a_measure_is_in_its_own_row(built_site, site)


def test_the_agency_and_every_year_are_on_the_home_page(built_site: Path, site: Site) -> None:
    the_agency_and_every_year_are_on_the_home_page(built_site, site)


def test_each_round_page_shows_its_derived_period(built_site: Path, site: Site) -> None:
    each_round_page_shows_its_derived_period(built_site, site)


def _seed_words() -> list[str]:
    words = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        for cell in line.split("\t"):
            for word in cell.replace("**", " ").split():
                word = re.sub(r"^-+", "", word)  # "-แจ้ง…" is a list item on the site
                if word:
                    words.append(word)
    return words


def test_every_word_of_the_seed_document_is_on_the_round_page(built_site: Path) -> None:
    page = _page_text(built_site, "/2565/round-1/")
    words = _seed_words()
    missing = sorted({w for w in words if w not in page})
    assert missing == []
    assert len(words) > 250  # Thai runs words together: ~300 space-separated runs
