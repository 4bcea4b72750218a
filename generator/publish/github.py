"""`prongsai check --github`: problems as GitHub Actions annotations and a job summary.

Staff edit content/ through pull requests. In the pull request's "Files changed" tab each
problem then appears on its own line (a workflow command such as
``::error file=content/agency.yml,line=3,col=7,title=...::...``), and the run's summary page
lists every problem grouped by file, in Thai first and then English, with what to do.

GitHub shows at most 10 error and 10 warning annotations per step (50 per job); the summary
always lists every problem, and says so when some annotations may be missing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from html import escape as _html_escape
from itertools import groupby
from pathlib import Path

from prongsai.content.problems import Problem, excel_column
from prongsai.shared.messages import SEVERITY_LABELS

SUMMARY_ENV = "GITHUB_STEP_SUMMARY"
ANNOTATIONS_PER_STEP = 10
"""How many annotations of one kind (error, warning) GitHub shows for one step."""


# ---- workflow commands ---------------------------------------------------------------


def escape_data(text: str) -> str:
    """A command's message, escaped as GitHub's toolkit does: % CR LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value (file, title): also ``:`` and ``,``, which end a property."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: Problem) -> str:
    """One workflow command: ``::error`` or ``::warning`` with the file, line and column."""
    command = "error" if problem.is_error else "warning"
    location = problem.location
    properties = [("file", location.file)]
    if location.line is not None:
        properties.append(("line", str(location.line)))
        # A CSV cell's column is a cell number, not a character offset: it goes in the title.
        if location.column is not None and not location.spreadsheet:
            properties.append(("col", str(location.column)))
    properties.append(("title", title(problem)))
    joined = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    message = f"{problem.thai} / {problem.english}"
    return f"::{command} {joined}::{escape_data(message)}"


def annotations(problems: Iterable[Problem]) -> str:
    """One workflow command per problem, in file and line order (print it to stdout)."""
    return "\n".join(annotation(p) for p in sorted(problems, key=Problem.sort_key))


def title(problem: Problem) -> str:
    """A short Thai title: the severity, then where (field or CSV cell) when known."""
    thai_label, _ = SEVERITY_LABELS[problem.severity.value]
    where = _where(problem)
    return f"{thai_label}: {where}" if where else thai_label


def _where(problem: Problem) -> str:
    location = problem.location
    if problem.field_path:
        return f"ช่อง {problem.field_path}"
    if location.spreadsheet and location.line is not None and location.column is not None:
        return f"เซลล์ {_cell(problem)}"
    return ""


def _cell(problem: Problem) -> str:
    location = problem.location
    assert location.line is not None and location.column is not None
    return f"{excel_column(location.column)}{location.line}"


# ---- job summary ---------------------------------------------------------------------


def job_summary(problems: Iterable[Problem], pages: int) -> str:
    """The run's summary in Markdown (Thai first, then English), for $GITHUB_STEP_SUMMARY.

    A headline (ready to publish, or how many errors), then one table per file with the
    line, the field, the problem and what to do in both languages, then how to fix them.
    ``pages`` is how many pages the content makes (shown when it is ready).
    """
    ordered = sorted(problems, key=Problem.sort_key)
    errors = sum(p.is_error for p in ordered)
    warnings = len(ordered) - errors
    lines: list[str] = []
    if errors:
        lines.append(
            f"## ❌ พบข้อผิดพลาด {errors} รายการ / {errors} error(s) found"
            + (f", {warnings} warning(s)" if warnings else "")
        )
        lines += [
            "",
            "ยังเผยแพร่ข้อมูลนี้ไม่ได้ ต้องแก้ข้อผิดพลาดทุกรายการในตารางด้านล่างก่อน"
            + (f" (และมีคำเตือน {warnings} รายการ)" if warnings else ""),
            "",
            "This content cannot be published yet: fix every error in the tables below.",
        ]
    else:
        lines.append(
            f"## ✅ ข้อมูลพร้อมเผยแพร่ ({pages} หน้า) / Content is ready to publish ({pages} pages)"
        )
    if warnings:
        lines += [
            "",
            f"มีคำเตือน {warnings} รายการ คำเตือนไม่ขัดขวางการเผยแพร่ แต่ควรตรวจดู"
            " (ถ้าสร้างเว็บไซต์ด้วย `--strict` คำเตือนจะนับเป็นข้อผิดพลาด)",
            "",
            f"{warnings} warning(s): they do not stop publishing, but please review them"
            " (`--strict` counts them as errors).",
        ]
    if not ordered:
        return "\n".join(lines) + "\n"
    lines += ["", "### รายการที่พบ / Problems found"]
    for file, group in groupby(ordered, key=lambda p: p.location.file):
        found = list(group)
        lines += ["", f"#### 📄 `{_code_text(file)}` ({len(found)} รายการ / item(s))", ""]
        lines.append(
            "| บรรทัด<br>Line | ช่อง<br>Field | ระดับ<br>Level"
            " | ปัญหาและวิธีแก้ | Problem and what to do |"
        )
        lines.append("|---:|---|---|---|---|")
        for problem in found:
            lines.append(_row(problem))
    lines += ["", *_how_to_fix(errors, warnings)]
    if errors > ANNOTATIONS_PER_STEP or warnings > ANNOTATIONS_PER_STEP:
        lines += [
            "",
            f"GitHub แสดงข้อความในแท็บ Files changed ได้ไม่เกิน {ANNOTATIONS_PER_STEP} รายการ"
            " ต่อประเภท รายการทั้งหมดอยู่ในตารางข้างบน"
            f" / GitHub shows at most {ANNOTATIONS_PER_STEP} annotations of each kind in"
            " Files changed; the tables above list them all.",
        ]
    return "\n".join(lines) + "\n"


def _row(problem: Problem) -> str:
    location = problem.location
    line = str(location.line) if location.line is not None else "–"
    if location.spreadsheet and location.line is not None and location.column is not None:
        line += f" (เซลล์/cell {_cell(problem)})"
    field = f"<code>{table_cell(problem.field_path)}</code>" if problem.field_path else "–"
    thai_label, english_label = SEVERITY_LABELS[problem.severity.value]
    icon = "❌" if problem.is_error else "⚠️"
    level = f"{icon} {thai_label}<br>{english_label}"
    return (
        f"| {line} | {field} | {level}"
        f" | {table_cell(problem.thai)} | {table_cell(problem.english)} |"
    )


def _how_to_fix(errors: int, warnings: int) -> list[str]:
    what = "ข้อผิดพลาด" if errors else "คำเตือน"
    return [
        "### วิธีแก้ / How to fix",
        "",
        f"1. เปิดแท็บ **Files changed** ของ pull request นี้ แล้วหาไฟล์และบรรทัดที่{what}ระบุไว้"
        " (ข้อความเดียวกันแสดงอยู่ใต้บรรทัดนั้น) ถ้าไฟล์นั้นไม่ได้ถูกแก้ใน pull request นี้"
        " ให้เปิดไฟล์จากแท็บ **Code** ของสาขาเดียวกัน",
        "2. กดเมนู ⋯ ที่หัวไฟล์ เลือก Edit file แล้วแก้บรรทัดนั้นตามคำแนะนำในตาราง",
        "3. กด **Commit changes** ลงในสาขาเดียวกัน การตรวจจะเริ่มใหม่เองโดยอัตโนมัติ",
        "",
        "1. Open the pull request's **Files changed** tab and find the file and line named"
        " above (the same message is shown under that line). If the pull request does not"
        " change that file, open it from the **Code** tab on the same branch.",
        "2. Choose ⋯ → Edit file at the top of the file and fix the line as the table says.",
        "3. **Commit changes** to the same branch: the checks run again by themselves.",
    ]


def table_cell(text: str) -> str:
    """Text safe inside a Markdown table cell: no HTML, no column breaks, one line."""
    escaped = _html_escape(text, quote=False).replace("|", "\\|")
    return "<br>".join(escaped.splitlines())


def _code_text(text: str) -> str:
    return text.replace("`", "'")


# ---- $GITHUB_STEP_SUMMARY ------------------------------------------------------------


def write_summary(text: str) -> bool:
    """Append ``text`` to the file named by $GITHUB_STEP_SUMMARY; False when it is unset."""
    target = os.environ.get(SUMMARY_ENV)
    if not target:
        return False
    if not text.endswith("\n"):
        text += "\n"
    with Path(target).open("a", encoding="utf-8") as summary:
        summary.write(text)
    return True
