"""The example's model: the seed report of อบต.เขาน้อย, read from the repository's content/."""

import datetime as dt

from tests.example.conftest import EXAMPLE_CONTENT
from tests.test_model import _site


def test_the_default_site_has_the_seed_report():
    site = _site(EXAMPLE_CONTENT)
    round_ = site.latest_round
    assert (round_.fiscal_year, round_.number) == (2565, 1)
    assert round_.memo.date == dt.date(2022, 4, 7)
    assert [s.code for s in round_.report.sections] == ["IIT", "EIT", "OIT"]
    assert [len(s.measures) for s in round_.report.sections] == [6, 2, 1]
    assert round_.report.sections[2].measures[0].ita_items == ("O15",)
