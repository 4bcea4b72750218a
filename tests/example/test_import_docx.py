"""The seed memo rebuilt as Word and imported gives exactly the example's content file."""

from __future__ import annotations

from pathlib import Path

from tests.example.conftest import EXAMPLE_CONTENT
from tests.test_import_docx import SPLITS, _read_back, import_seed

SEED_REPORT = EXAMPLE_CONTENT / "reports" / "2565-round-1.yml"


@SPLITS
def test_seed_rebuilt_as_word_matches_the_content_file(
    content: Path, tmp_path: Path, split_tables: bool
) -> None:
    result = import_seed(content, tmp_path, split_tables)
    expected = _read_back(SEED_REPORT)

    differences = []
    for want, got in zip(expected.measures.sections, result.record.measures.sections, strict=True):
        assert (got.code, got.number, got.title) == (want.code, want.number, want.title)
        assert [m.number for m in got.measures] == [m.number for m in want.measures]
        for want_m, got_m in zip(want.measures, got.measures, strict=True):
            for name in ("title", "steps", "responsible", "status", "actions", "remarks"):
                if getattr(want_m, name) != getattr(got_m, name):
                    differences.append((want.code, want_m.number, name))
            assert got_m.ita_items == want_m.ita_items
    assert differences == []
    assert result.record.measures == expected.measures
    assert result.record.memo == expected.memo
    assert result.record == expected
