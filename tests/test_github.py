"""`prongsai check --github`: workflow-command annotations and the job summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from prongsai.content.problems import Location, Problem, Severity
from prongsai.pipeline import run
from prongsai.publish import github
from tests.conftest import MINIMAL_REPORT


def _problems(content: Path) -> list[Problem]:
    return sorted(run(content).problems, key=Problem.sort_key)


@pytest.fixture
def broken(content: Path) -> list[Problem]:
    """The minimal folder with a wrong agency kind and a C.E. year: two real errors."""
    (content / "agency.yml").write_text("name: x\nshort_name: y\nkind: อบต\n", encoding="utf-8")
    report = content / MINIMAL_REPORT
    report.write_text(
        report.read_text(encoding="utf-8").replace("fiscal_year: 2566", "fiscal_year: 2023"),
        encoding="utf-8",
    )
    problems = _problems(content)
    assert [p.code for p in problems] == ["choice_invalid", "year_ce"], problems
    return problems


def _duplicate_key(key: str, file: str = "content/agency.yml", **location) -> Problem:
    """A real problem whose message repeats a value typed by the editor."""
    return Problem(
        "yaml_duplicate_key",
        Location(file, **location),
        field_path="name",
        context={"key": key, "first_line": 1},
    )


# ---- annotations -----------------------------------------------------------------------


def test_data_is_escaped_as_github_requires():
    assert github.escape_data("100% ok\r\nnext") == "100%25 ok%0D%0Anext"
    assert github.escape_data("a:b,c") == "a:b,c"


def test_properties_also_escape_colon_and_comma():
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_an_error_is_an_error_command_at_its_line_and_column(broken):
    agency, year = github.annotations(broken).splitlines()
    assert agency.startswith("::error file=content/agency.yml,line=3,col=7,title=")
    assert year.startswith("::error file=content/reports/2566-round-1.yml,line=2,col=")
    for command, problem in zip((agency, year), broken, strict=True):
        properties, message = command.removeprefix("::error ").split("::", 1)
        # Thai first, then English, as the editor reads them in `prongsai check`.
        assert message == f"{problem.thai} / {problem.english}"
        title = dict(part.split("=", 1) for part in properties.split(","))["title"]
        assert title == f"ข้อผิดพลาด%3A ช่อง {problem.field_path}"


def test_a_warning_is_a_warning_command(oit_content):
    (problem,) = _problems(oit_content)
    assert problem.severity is Severity.WARNING
    command = github.annotations([problem])
    assert command.startswith("::warning file=content/oit/2566.yml,line=3,col=1,title=คำเตือน")
    assert "::error" not in command
    assert command.endswith(f"::{problem.thai} / {problem.english}")


def test_newlines_and_percent_in_a_message_stay_on_one_line():
    problem = _duplicate_key("50%\r\nของงบ", line=4, column=1)
    command = github.annotation(problem)
    assert "\n" not in command and "\r" not in command
    assert "50%25%0D%0Aของงบ" in command
    assert "50%\r\n" in problem.thai  # the message itself is untouched


def test_a_file_name_with_colon_and_comma_is_escaped():
    command = github.annotation(_duplicate_key("x", file="content/a,b:c.yml", line=2, column=3))
    assert command.startswith("::error file=content/a%2Cb%3Ac.yml,line=2,col=3,title=")


def test_a_problem_without_a_line_names_only_the_file():
    problem = Problem(
        "agency_missing", Location("content/agency.yml"), context={"path": "content/agency.yml"}
    )
    command = github.annotation(problem)
    assert command.startswith("::error file=content/agency.yml,title=ข้อผิดพลาด::")


def test_a_csv_cell_is_named_in_the_title_not_as_a_column():
    problem = Problem(
        "statistics_total_mismatch",
        Location("content/statistics/2566/สถิติ.csv", 2, 11, spreadsheet=True),
        context={"total": 26, "months": 7, "sum": 25},
    )
    command = github.annotation(problem)
    assert ",col=" not in command
    assert "line=2,title=ข้อผิดพลาด%3A เซลล์ K2::" in command


def test_one_command_per_problem_in_file_order(broken):
    lines = github.annotations(list(reversed(broken))).splitlines()
    assert len(lines) == len(broken)
    assert "content/agency.yml" in lines[0]
    assert github.annotations([]) == ""


# ---- job summary -----------------------------------------------------------------------


def test_a_summary_with_errors_says_how_many_and_lists_them_by_file(broken):
    summary = github.job_summary(broken, pages=0)
    head = summary.splitlines()[0]
    assert head == "## ❌ พบข้อผิดพลาด 2 รายการ / 2 error(s) found"
    assert summary.index("#### 📄 `content/agency.yml`") < summary.index(
        "#### 📄 `content/reports/2566-round-1.yml`"
    )
    for problem in broken:
        assert f"<code>{problem.field_path}</code>" in summary
        assert problem.thai in summary and problem.english in summary
        row = next(line for line in summary.splitlines() if problem.thai in line)
        assert row.startswith(f"| {problem.location.line} |")
        # Thai before English in every row.
        assert row.index(problem.thai) < row.index(problem.english)
    assert "| บรรทัด<br>Line | ช่อง<br>Field |" in summary
    assert "### วิธีแก้ / How to fix" in summary
    assert "Files changed" in summary and "Commit changes" in summary
    # Thai before English in the explanation too.
    assert summary.index("เปิดแท็บ **Files changed**") < summary.index("Open the pull request")


def test_a_clean_summary_says_ready_to_publish_with_the_page_count():
    summary = github.job_summary([], pages=50)
    assert summary.splitlines()[0] == (
        "## ✅ ข้อมูลพร้อมเผยแพร่ (50 หน้า) / Content is ready to publish (50 pages)"
    )
    assert "|" not in summary
    assert "วิธีแก้" not in summary


def test_warnings_alone_are_ready_to_publish_and_listed(oit_content):
    problems = _problems(oit_content)
    summary = github.job_summary(problems, pages=50)
    assert summary.startswith("## ✅ ข้อมูลพร้อมเผยแพร่ (50 หน้า)")
    assert "มีคำเตือน 1 รายการ" in summary and "1 warning(s)" in summary
    assert "--strict" in summary
    assert "⚠️ คำเตือน<br>warning" in summary
    assert "#### 📄 `content/oit/2566.yml` (1 รายการ / item(s))" in summary


def test_table_cells_cannot_break_the_table_or_carry_html():
    problem = _duplicate_key("a | b <script>\nc", line=1, column=1)
    summary = github.job_summary([problem], pages=0)
    row = next(line for line in summary.splitlines() if line.startswith("| 1 |"))
    assert "a \\| b &lt;script&gt;<br>c" in row
    assert "<script>" not in summary
    # Five columns: six unescaped bars.
    assert row.replace("\\|", "").count("|") == 6


def test_the_summary_says_when_github_shows_only_some_annotations():
    many = [_duplicate_key(f"k{n}", line=n, column=1) for n in range(1, 12)]
    assert "at most 10 annotations" in github.job_summary(many, pages=0)
    assert "at most 10" not in github.job_summary(many[:10], pages=0)


def test_write_summary_appends_to_the_step_summary_file(tmp_path, monkeypatch):
    target = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
    assert github.write_summary("## หนึ่ง")
    assert github.write_summary("## two\n")
    assert target.read_text(encoding="utf-8") == "## หนึ่ง\n## two\n"


def test_write_summary_does_nothing_outside_github(monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    assert github.write_summary("## x") is False
