"""Reading a CSV saved from Excel (load_csv.py): cells with their row and column, and the
limits of limits.py (#13). Fuzzed: no file ends in an exception, and every cell read again
by the statistics checks ends in a dataset or in problems naming the file."""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from prongsai.check import validate_content
from prongsai.content.load_csv import load_csv
from prongsai.shared import limits
from prongsai.shared.messages import MESSAGES
from tests.conftest import FIXTURES

STATISTICS = "statistics/2566/สถิติการให้บริการ.csv"
HEADER = ["บริการ", "หน่วยนับ", "ต.ค.", "พ.ย.", "รวม", "ความพึงพอใจ (%)"]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "table.csv"
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_cells_keep_their_row_and_column(tmp_path):
    table, problems = load_csv(_write(tmp_path, "\ufeffa,b\r\n\r\n x ,y\r\n"), "t.csv")
    assert problems == []
    assert [c.text for c in table.header] == ["a", "b"]
    assert [(c.text, c.row, c.column) for c in table.rows[0]] == [("x", 3, 1), ("y", 3, 2)]


def test_semicolons_are_read_too(tmp_path):
    table, _ = load_csv(_write(tmp_path, "a;b\n1;2\n"), "t.csv")
    assert [c.text for c in table.rows[0]] == ["1", "2"]


def test_a_row_with_too_many_cells_stops_the_reading_there(tmp_path):
    path = _write(tmp_path, "a,b\n1,2\n" + "," * limits.MAX_CSV_COLUMNS + "x\n")
    table, problems = load_csv(path, "t.csv")
    assert table is None
    assert [(p.code, str(p.location)) for p in problems] == [("csv_too_many_columns", "t.csv:3")]


def test_more_rows_than_the_limit(tmp_path):
    path = _write(tmp_path, "a\n" + "x\n" * limits.MAX_CSV_ROWS + "y\n")
    table, problems = load_csv(path, "t.csv")
    assert table is None
    line = limits.MAX_CSV_ROWS + 2
    assert [(p.code, str(p.location)) for p in problems] == [("csv_too_many_rows", f"t.csv:{line}")]


def test_a_cell_larger_than_the_csv_module_accepts(tmp_path):
    path = _write(tmp_path, 'a\n"' + "x" * 200_000 + '"\n')
    table, problems = load_csv(path, "t.csv")
    assert table is None
    assert [p.code for p in problems] == ["csv_unreadable"]


def test_control_characters_are_named_at_their_cell(tmp_path):
    _, problems = load_csv(_write(tmp_path, "a,b\n1,\x002\n"), "t.csv")
    assert [(p.code, str(p.location)) for p in problems] == [("control_character", "t.csv:2:3")]


# ---- fuzz ------------------------------------------------------------------------------------

FUZZ = settings(max_examples=120, deadline=None, derandomize=True)

# What staff type, what Excel writes, and what breaks naive parsing, first: hypothesis
# draws the earlier choices more often.
_cells = st.one_of(
    st.sampled_from(["", "-", "–", "1,234", "๑๒", "²", "2²", "1.5", "-3", "1e3", "nan", "٣"]),
    st.sampled_from(["ร้อยละ 50", "ต.ค.", "ต.ค. 2565", "10/2564", "13", "0", "รวม", '"', "\r"]),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.text(max_size=12),
)


def _assert_well_reported(problems, file: str) -> None:
    for problem in problems:
        assert problem.location.file == file
        assert problem.code in MESSAGES
        problem.format()


@FUZZ
@given(raw=st.binary(max_size=300))
def test_fuzz_random_bytes(raw):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bytes.csv"
        path.write_bytes(raw)
        _, problems = load_csv(path, "bytes.csv")
    _assert_well_reported(problems, "bytes.csv")


@FUZZ
@given(
    # Mostly the real header, so that random cells reach the count and percent checks.
    header=st.one_of(
        st.just(HEADER),
        st.lists(st.one_of(st.sampled_from(HEADER), _cells), min_size=1, max_size=8),
    ),
    rows=st.lists(
        st.tuples(st.sampled_from(["งานหนึ่ง", "งานสอง", ""]), st.lists(_cells, max_size=6)).map(
            lambda row: [row[0], *row[1]]
        ),
        max_size=5,
    ),
)
def test_fuzz_random_cells_through_the_statistics_checks(header, rows):
    """Random cells in a statistics CSV of the fixture's 2566 folder, checked as `prongsai
    check` does: a dataset or problems naming the file, never an exception."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *rows])
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        shutil.copytree(FIXTURES / "statistics", content)
        (content / STATISTICS).write_text(buffer.getvalue(), encoding="utf-8-sig")
        _, problems = validate_content(content)
    for problem in problems:
        assert problem.code in MESSAGES
        assert problem.location.file
        problem.format()
