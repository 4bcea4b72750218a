"""`prongsai new round` on a copy of the example's content/ (the seed, 2565 round 1)."""

import shutil
from pathlib import Path

from prongsai.authoring.scaffold import new_round
from tests.example.conftest import EXAMPLE_CONTENT
from tests.test_scaffold import assert_passes_check, measures_of, read_report


def test_the_default_content_gets_its_round_2(tmp_path: Path, monkeypatch, prongsai) -> None:
    content = tmp_path / "content"
    shutil.copytree(EXAMPLE_CONTENT, content)
    monkeypatch.chdir(tmp_path)

    written = new_round(content, 2565, 2)

    report = read_report(written[0])
    assert len(measures_of(report)) == 9
    assert report.memo.subject.endswith("ประจำปีงบประมาณ 2565 (รอบ 12 เดือน)")
    # The analysis of 2564 that round 1 mentions is not this round's year: left alone.
    assert "ประจำปีงบประมาณ 2564" in report.memo.body[0]
    assert_passes_check(content, prongsai)
