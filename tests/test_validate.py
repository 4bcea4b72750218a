"""Every validation problem an editor can meet: exact Thai and English text, exact place.

Each case takes the valid minimal report (tests/fixtures/minimal) and breaks one thing.
The expected output of `prongsai check` is a golden file under tests/golden/check/.
"""

from __future__ import annotations

import contextlib
import copy as copy_module
import io
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from prongsai import cli
from prongsai.check import validate_content
from prongsai.content.load import parse_yaml
from prongsai.content.problems import Severity
from prongsai.content.records import AgencyFile, DisclosuresFile, RoundReportFile, StatisticsFile
from prongsai.content.validate import validate_document
from prongsai.shared.messages import MESSAGES
from tests.conftest import FIXTURES, MINIMAL_REPORT

# (case name, text in the minimal report, what replaces it)
BREAKAGES = [
    ("yaml-syntax", '  document_number: "12/2566"', '  document_number: "12/2566'),
    ("yaml-tab", "  to: นายก", "\tto: นายก"),
    ("yaml-indent", "  to: นายก", "   to: นายก"),
    ("unknown-key", "          title: อบรมเจ้าหน้าที่", "          titel: อบรมเจ้าหน้าที่"),
    ("missing-field", "          title: อบรมเจ้าหน้าที่\n", ""),
    ("yaml11-no", "  via: ปลัดองค์การบริหารส่วนตำบลทดสอบ", "  via: no"),
    ("yaml11-octal", '  document_number: "12/2566"', "  document_number: 010"),
    ("yaml11-date", "          remarks: เลื่อนไปรอบ 12 เดือน", "          remarks: 2566-03-31"),
    ("status", "          status: not_done", "          status: ทำแล้ว"),
    ("list-expected", "          steps: [จัดอบรม]", "          steps: จัดอบรม"),
    ("number-expected", "        - number: 2", "        - number: สอง"),
    ("duplicate-measure", "        - number: 2", "        - number: 1"),
    ("ce-year", "fiscal_year: 2566", "fiscal_year: 2022"),
    ("impossible-date", "  date: 5 เมษายน 2566", "  date: 31 กุมภาพันธ์ 2566"),
    ("impossible-date-iso", "  date: 5 เมษายน 2566", "  date: 2566-02-29"),
    ("round", "round: 1", "round: 3"),
    ("duplicate-key", "  via: ปลัด", "  to: ซ้ำ\n  via: ปลัด"),
    ("empty-list", "  signatories:\n", "  signatories: []\n  unused:\n"),
]


def _break(content: Path, old: str, new: str) -> None:
    report = content / MINIMAL_REPORT
    text = report.read_text(encoding="utf-8")
    assert old in text, f"the fixture no longer contains {old!r}"
    report.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("case", "old", "new"), BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_each_problem_has_its_message_and_place(content, prongsai, golden, case, old, new):
    _break(content, old, new)
    code, out, err = prongsai("check")
    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    golden(f"check/{case}.txt", err)


def test_what_the_scaffold_left_to_fill_is_a_warning_and_an_error_with_strict(
    content, prongsai, golden
):
    """Placeholders of `prongsai new year/new round` left in, and a measure marked done with
    nothing to say what was done (#15): the site still builds, but not with --strict."""
    _break(content, '  document_number: "12/2566"', '  document_number: "ใส่เลขที่หนังสือ/๒๕๖๖"')
    _break(content, "    - name: นางสาวทดสอบ ตัวอย่าง", "    - name: ใส่ชื่อ-สกุลผู้รายงาน")
    _break(content, "          actions: [เผยแพร่สถิติการให้บริการบนเว็บไซต์]\n", "")
    code, _, err = prongsai("check")
    assert code == 0, err
    assert "Traceback" not in err
    golden("check/unfinished.txt", err)
    code, _, strict_err = prongsai("check", "--strict")
    assert code == 1
    assert "คำเตือน 3 รายการ" in strict_err.splitlines()[-1], strict_err
    # A real value that merely starts like a placeholder is not one.
    _break(content, "ใส่เลขที่หนังสือ/๒๕๖๖", "ใส่เลขที่หนังสือ/๒๕๖๖ ลงวันที่ 5 เมษายน")
    _, _, err = prongsai("check")
    assert "document_number" not in err


def test_a_file_saved_as_windows_874_is_named_with_how_to_resave(content, prongsai, golden):
    report = content / MINIMAL_REPORT
    report.write_bytes(report.read_text(encoding="utf-8").encode("cp874"))
    code, _, err = prongsai("check")
    assert code == 1
    golden("check/not-utf8.txt", err)


def test_an_empty_file_is_reported(content, prongsai, golden):
    (content / MINIMAL_REPORT).write_text("\n  \n", encoding="utf-8")
    code, _, err = prongsai("check")
    assert code == 1
    golden("check/empty-file.txt", err)


def test_two_files_for_the_same_round_are_both_named(content, prongsai, golden):
    shutil.copy(content / MINIMAL_REPORT, content / "reports" / "copy-of-2566-round-1.yml")
    code, _, err = prongsai("check")
    assert code == 1
    golden("check/same-page.txt", err)


def test_every_problem_is_reported_at_once(content, prongsai, golden):
    by_name = {name: (old, new) for name, old, new in BREAKAGES}
    for name in ("unknown-key", "status", "ce-year"):
        _break(content, *by_name[name])
    (content / "agency.yml").write_text("name: x\nshort_name: y\nkind: อบต\n", encoding="utf-8")
    code, _, err = prongsai("check")
    assert code == 1
    assert err.count("ข้อผิดพลาด (error)") == 5
    golden("check/several.txt", err)


def test_a_missing_agency_profile_is_an_error(content, prongsai, golden):
    (content / "agency.yml").unlink()
    code, _, err = prongsai("check")
    assert code == 1
    golden("check/agency-missing.txt", err)


def test_a_yaml_file_in_an_unknown_place_is_an_error(content, prongsai, golden):
    shutil.copy(content / MINIMAL_REPORT, content / "2566-round-2.yml")
    code, _, err = prongsai("check")
    assert code == 1
    golden("check/unknown-file.txt", err)


def test_warnings_pass_unless_strict(content, prongsai, golden):
    _break(content, "          status: not_done\n", "")
    code, out, err = prongsai("check")
    assert code == 0
    assert "คำเตือน (warning)" in err
    assert "พร้อมเผยแพร่" in out
    golden("check/status-missing-warning.txt", err)
    code, out, err_strict = prongsai("check", "--strict")
    assert code == 1
    assert out == ""
    assert err_strict == err


def test_a_round_without_measures_is_a_warning(content):
    report = content / MINIMAL_REPORT
    text = report.read_text(encoding="utf-8")
    report.write_text(text[: text.index("  sections:")], encoding="utf-8")
    _, problems = validate_content(content)
    assert [(p.code, p.severity) for p in problems] == [("round_no_measures", Severity.WARNING)]


def test_valid_content_has_no_problem(content):
    valid, problems = validate_content(content)
    assert problems == []
    assert valid.agency is not None
    assert len(valid.reports) == 1


def test_the_demo_content_is_valid_without_a_warning():
    """The demo (tests/fixtures/demo: two years, both rounds, OIT and statistics) is complete."""
    valid, problems = validate_content(FIXTURES / "demo")
    assert problems == []
    assert len(valid.reports) == 4


# ---- fuzz (#13): mutated fixtures and random values never end in an exception -------------

FUZZ = settings(max_examples=80, deadline=None, derandomize=True)
ATTACK = FIXTURES / "attack-files"
MUTABLE = [
    "agency.yml",
    MINIMAL_REPORT,
    "oit/2566.yml",
    "statistics/2566/สถิติการให้บริการ.csv",
]
# Characters that mean something to YAML or CSV, digits that str.isdigit() misjudges, and
# characters that must not reach a page.
_SIGNIFICANT = [*"&*[]{}:-!|>'\"#<,?%@` \t\n0129²٣๕.", "\x00", "\x07", "\r", "ก", "<<: *a"]

_mutations = st.lists(
    st.tuples(
        st.sampled_from(["insert", "replace", "delete"]),
        st.floats(min_value=0, max_value=1, exclude_max=True),
        st.sampled_from(_SIGNIFICANT),
    ),
    min_size=1,
    max_size=4,
)


def _mutate(text: str, mutations) -> str:
    for action, where, piece in mutations:
        index = int(where * (len(text) + 1))
        if action == "insert":
            text = text[:index] + piece + text[index:]
        elif action == "replace":
            text = text[:index] + piece + text[index + 1 :]
        else:
            text = text[:index] + text[index + len(piece) :]
    return text


def _assert_every_problem_names_a_file(problems) -> None:
    for problem in problems:
        assert problem.code in MESSAGES
        assert problem.location.file
        problem.format()


@FUZZ
@given(relative=st.sampled_from(MUTABLE), mutations=_mutations)
def test_fuzz_mutated_fixtures_validate_or_report(relative, mutations):
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        shutil.copytree(ATTACK, content)
        path = content / relative
        path.write_text(_mutate(path.read_text(encoding="utf-8"), mutations), encoding="utf-8")
        _, problems = validate_content(content)
    _assert_every_problem_names_a_file(problems)


_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**25), max_value=10**25),
        st.floats(),
        st.text(max_size=15),
        st.sampled_from(["2565-02-31", "31 กุมภาพันธ์ 2565", "O15", "o15", "๒๕๖๖", "²", "done"]),
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


def _paths(data, prefix=()):
    """Every path into ``data`` (keys and list indexes), the root included."""
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, (*prefix, index))


def _replaced(data, path, value):
    if not path:
        return value
    copy = copy_module.deepcopy(data)
    target = copy
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return copy


_KINDS = {
    "agency.yml": AgencyFile,
    MINIMAL_REPORT: RoundReportFile,
    "oit/2566.yml": DisclosuresFile,
    "statistics/2566/สถิติการให้บริการ.yml": StatisticsFile,
}


@FUZZ
@given(data=st.data(), relative=st.sampled_from(sorted(_KINDS)))
def test_fuzz_random_values_in_valid_files_validate_or_report(data, relative):
    """Any value at any place of a valid file: a record or problems, never an exception."""
    folder = ATTACK if (ATTACK / relative).exists() else FIXTURES / "statistics"
    original = yaml.safe_load((folder / relative).read_text(encoding="utf-8"))
    path = data.draw(st.sampled_from(list(_paths(original))))
    text = yaml.safe_dump(_replaced(original, path, data.draw(_values)), allow_unicode=True)
    document, problems = parse_yaml(text, "fuzz.yml", Path("fuzz.yml"))
    if document is not None:
        _, more = validate_document(document, _KINDS[relative])
        problems = [*problems, *more]
    _assert_every_problem_names_a_file(problems)
    assert all(p.location.file == "fuzz.yml" for p in problems)


@settings(max_examples=20, deadline=None, derandomize=True)
@given(relative=st.sampled_from(MUTABLE), mutations=_mutations)
def test_fuzz_the_check_command_never_ends_in_an_internal_error(relative, mutations):
    """End to end through `prongsai check` (which renders valid content): exit 0 or 1."""
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        shutil.copytree(ATTACK, content)
        path = content / relative
        path.write_text(_mutate(path.read_text(encoding="utf-8"), mutations), encoding="utf-8")
        stderr = io.StringIO()
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
            code = cli.main(["--content", str(content), "check"])
    assert code in (0, 1), stderr.getvalue()
    assert "Traceback" not in stderr.getvalue()
