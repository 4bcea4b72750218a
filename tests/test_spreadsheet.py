"""Every published CSV is safe to open in a spreadsheet (CSV injection, OWASP's rule).

tests/fixtures/formulas has service names, offices, OIT explanations and reasons that a
spreadsheet would run as formulas (``=HYPERLINK(…)``, ``+cmd|…``, ``@SUM(…)``, ``-1+1``);
the tests add a catalogue of the agency's own whose item names are formulas too. Every CSV
the site publishes is read back: no cell may start a formula unless it is a real number,
and the numbers are still numbers.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from contextlib import redirect_stdout
from pathlib import Path

import frictionless
import pytest
from hypothesis import given
from hypothesis import strategies as st

from prongsai import cli
from prongsai.content.spreadsheet import BYTE_ORDER_MARK, FORMULA_STARTS, csv_text, safe_cell
from prongsai.oit.itas import itas_csv, itas_rows
from prongsai.pipeline import run
from prongsai.statistics.open_data import dataset_csv
from tests.conftest import FIXTURES, SITE_CONFIG

FORMULA_NAMES = {
    "O5": '=HYPERLINK("https://evil.example/","ข้อมูลการติดต่อ")',
    "O6": "+cmd|' /C calc'!A0",
    "O7": "@SUM(1+1)",
    "O8": "-1+1",
}
NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?(e[-+]?[0-9]+)?")


def _write_own_catalogue(content: Path) -> None:
    """The shipped 2566 list, saved as the agency's own, with four names made formulas."""
    text = cli_output("oit", "catalogue", "2566")
    for code, name in FORMULA_NAMES.items():
        text, count = re.subn(
            rf"(  - code: {code}\n    name: ).*\n",
            lambda m, name=name: m.group(1) + json.dumps(name, ensure_ascii=False) + "\n",
            text,
        )
        assert count == 1, code
    target = content / "oit" / "catalogues" / "2566.yml"
    target.parent.mkdir(parents=True)
    target.write_text(text, encoding="utf-8")


def cli_output(*args: str) -> str:
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        assert cli.main(list(args)) == 0
    return buffer.getvalue()


@pytest.fixture
def formulas(tmp_path, monkeypatch) -> Path:
    target = tmp_path / "content"
    shutil.copytree(FIXTURES / "formulas", target)
    _write_own_catalogue(target)
    monkeypatch.chdir(tmp_path)
    return target


def _cells(text: str, *, for_machines: bool = False) -> list[list[str]]:
    """The cells of a CSV for Excel (with a byte order mark) or, ``for_machines``, without."""
    assert text.startswith(BYTE_ORDER_MARK) != for_machines
    return list(csv.reader(io.StringIO(text.removeprefix(BYTE_ORDER_MARK), newline="")))


def _assert_safe(table: list[list[str]], where: str) -> None:
    for row in table:
        for cell in row:
            # A lone "-" (no figure) is text to every spreadsheet.
            if cell.startswith(FORMULA_STARTS) and cell != "-":
                assert NUMBER.fullmatch(cell), f"{where}: {cell!r} would run as a formula"


# ---- the rule -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("-", "-"),  # the "no figure" mark: no spreadsheet reads it as a formula
        ("--", "'--"),
        ("ขออนุญาตก่อสร้าง =1+1", "ขออนุญาตก่อสร้าง =1+1"),  # only the first character counts
        ("-3", "-3"),
        ("-0.5", "-0.5"),
        ("92.5", "92.5"),
        (-3, -3),
        (92.5, 92.5),
        (0, 0),
        (-1e16, -1e16),
        (float("-inf"), "'-inf"),
        (None, ""),
        ("", ""),
    ],
)
def test_a_cell_that_could_start_a_formula_gets_a_quote_numbers_do_not(value, written):
    assert safe_cell(value) == written


def test_a_neutralised_cell_with_a_comma_or_quote_stays_one_cell():
    text = csv_text(("a", "b"), [('=HYPERLINK("https://x.example/","y")', "-3")])
    assert _cells(text) == [["a", "b"], ['\'=HYPERLINK("https://x.example/","y")', "-3"]]
    assert text.endswith("\r\n")


NUMBERS = st.one_of(st.integers(), st.floats(allow_nan=False, allow_infinity=False))


@given(st.lists(st.one_of(st.text(max_size=30), NUMBERS)))
def test_no_cell_of_any_text_starts_a_formula_and_numbers_read_back(values):
    table = _cells(csv_text(["x"] * len(values), [values]))
    _assert_safe(table, "fuzz")
    for value, cell in zip(values, table[1] if values else [], strict=True):
        if isinstance(value, int | float):
            assert float(cell) == float(value)  # a number is still that number


# ---- the published files --------------------------------------------------------------------


def test_the_itas_sheet_shows_formulas_as_text(formulas):
    result = run(formulas)
    assert result.errors() == [], result.problems
    oit = result.site.year(2566).oit
    table = _cells(itas_csv(itas_rows(oit, "https://test.go.th")))
    _assert_safe(table, "itas")
    by_code = {row[0]: row for row in table[1:]}
    assert by_code["O5"][1] == "'" + FORMULA_NAMES["O5"]  # catalogue item names
    assert by_code["O8"][1] == "'-1+1"
    assert by_code["O1"][4].startswith("'=HYPERLINK(")  # explanations
    assert by_code["O2"][4] == "'+cmd|' /C calc'!A0"
    assert by_code["O3"][4].startswith("'@SUM(")


def test_the_statistics_csv_shows_formulas_as_text_and_keeps_numbers(formulas):
    result = run(formulas)
    dataset = result.site.year(2566).statistics[0]
    records = list(csv.DictReader(io.StringIO(dataset_csv(dataset).removeprefix(BYTE_ORDER_MARK))))
    _assert_safe([list(r.values()) for r in records], "statistics")
    services = {r["service"] for r in records}
    assert '\'=HYPERLINK("https://evil.example/","คลิก")' in services
    assert {"'+cmd|' /C calc'!A0", "'@SUM(1+1)", "'-1+1"} <= services
    assert {r["office"] for r in records} >= {"'=1+1", "'@กองช่าง"}
    assert "-" in {r["unit"] for r in records}  # "no unit" stays a plain dash
    # Numbers stay numbers: counts are whole numbers, satisfaction a decimal.
    assert [int(r["count"]) for r in records][:2] == [3, 5]
    assert {r["satisfaction"] for r in records} >= {"92.5", "80.0", ""}


def test_every_csv_of_the_generated_site_is_safe_and_the_data_package_valid(formulas, tmp_path):
    assert cli.main(["generate", "--out", str(tmp_path / "tree")]) == 0
    out = tmp_path / "tree" / "docs"
    published = sorted(out.rglob("*.csv"))
    assert {p.name for p in published} == {
        "itas-2566.csv",
        "สถิติการให้บริการ.csv",
        "สถิติการให้บริการ.nobom.csv",  # the same cells without the byte order mark, for CKAN
    }
    for path in published:
        text = path.read_text(encoding="utf-8")
        _assert_safe(_cells(text, for_machines=path.name.endswith(".nobom.csv")), path.name)
    report = frictionless.validate(str(out / "datapackage.json"))
    assert report.valid, report.to_summary()
    data = json.loads((out / "2566" / "statistics" / "สถิติการให้บริการ.json").read_text("utf-8"))
    assert "-1+1" in {r["service"] for r in data}  # JSON: the text as the agency wrote it


def test_the_exported_itas_sheet_is_safe_too(formulas, tmp_path, monkeypatch):
    target = tmp_path / "itas.csv"
    config = str(SITE_CONFIG)
    assert cli.main(["export", "itas", "2566", "--out", str(target), "--config", config]) == 0
    table = _cells(target.read_text(encoding="utf-8"))
    _assert_safe(table, "export")
    assert any(row[1] == "'" + FORMULA_NAMES["O6"] for row in table)


def test_the_built_site_publishes_only_safe_csv_files(formulas, tmp_path):
    site = tmp_path / "site"
    config = str(SITE_CONFIG)
    assert cli.main(["build", "--config", config, "--site-dir", str(site)]) == 0
    published = sorted(site.rglob("*.csv"))
    assert len(published) == 3  # the ITAS sheet, the statistics for Excel and for machines
    for path in published:
        text = path.read_text(encoding="utf-8")
        _assert_safe(_cells(text, for_machines=path.name.endswith(".nobom.csv")), path.name)
    text = (site / "2566" / "oit" / "itas-2566.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK(" in text


def test_a_csv_document_with_a_formula_cell_stops_the_check(formulas, prongsai, golden):
    """Documents are published byte for byte (their SHA-256 is shown): reported, not fixed."""
    document = formulas / "documents" / "2566" / "รายชื่อผู้เข้าร่วม.csv"
    document.parent.mkdir(parents=True)
    document.write_text(
        "ชื่อ,จำนวน,หมายเหตุ\r\n"
        'นายทดสอบ,-3,"=HYPERLINK(""https://evil.example/"",""คลิก"")"\r\n'
        "นางทดสอบ,-,@SUM(1+1)\r\n",
        encoding="utf-8-sig",
        newline="",
    )
    oit = formulas / "oit" / "2566.yml"
    oit.write_text(
        oit.read_text(encoding="utf-8").replace(
            "    body: แผนผังโครงสร้าง\n",
            "    body: แผนผังโครงสร้าง\n    links:\n      - title: รายชื่อ\n"
            "        document: documents/2566/รายชื่อผู้เข้าร่วม.csv\n",
        ),
        encoding="utf-8",
    )
    code, _, err = prongsai("check")
    assert code == 1, err
    assert err.count("ข้อผิดพลาด (error)") == 2  # -3 and - are fine
    golden("check/csv-document-formula.txt", err)
