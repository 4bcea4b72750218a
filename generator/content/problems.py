"""Problems found in the content, where they are, and how they are printed."""

from __future__ import annotations

import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from prongsai import __version__
from prongsai.shared.limits import printable
from prongsai.shared.messages import MESSAGES, SEVERITY_LABELS


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Location:
    """A place in a content file; ``file`` is relative to the project root, lines from 1."""

    file: str
    line: int | None = None
    column: int | None = None
    spreadsheet: bool = False
    """A CSV cell: also named the way Excel names it (C5), for staff who open it there."""

    def __str__(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        text = ":".join(parts)
        if self.spreadsheet and self.line is not None and self.column is not None:
            text += f" (เซลล์/cell {excel_column(self.column)}{self.line})"
        return text


def excel_column(number: int) -> str:
    """1 → A, 26 → Z, 27 → AA: how Excel names a column."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


@dataclass(frozen=True)
class Problem:
    code: str
    location: Location
    field_path: str = ""
    severity: Severity = Severity.ERROR
    context: dict[str, Any] = field(default_factory=dict)

    @property
    def thai(self) -> str:
        return _fill(MESSAGES[self.code].thai, self.context)

    @property
    def english(self) -> str:
        return _fill(MESSAGES[self.code].english, self.context)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self) -> str:
        thai_label, english_label = SEVERITY_LABELS[self.severity.value]
        where = f" [{printable(self.field_path)}]" if self.field_path else ""
        head = f"{self.location}: {thai_label} ({english_label}){where}"
        return f"{head}\n  {self.thai}\n  {self.english}\n  คู่มือ (guide): {guide_url(self.code)}"

    def sort_key(self) -> tuple:
        loc = self.location
        return (loc.file, loc.line or 0, loc.column or 0, self.field_path, self.code)


GUIDE_URL = "https://github.com/prongsai/prongsai/blob/v{version}/docs/guide/messages.md#{code}"
"""The Thai staff guide's section on each message (docs/guide/messages.md), at the engine's
own version, so a site on an older engine reads the guide that matches its messages."""


def guide_url(code: str) -> str:
    return GUIDE_URL.format(version=__version__, code=code)


def _fill(template: str, context: dict[str, Any]) -> str:
    # Values come from content: no control character of theirs reaches a terminal (#13).
    shown = {k: printable(v) if isinstance(v, str) else v for k, v in context.items()}
    return string.Formatter().vformat(template, (), shown)


class ContentError(Exception):
    """The content cannot be published; every problem is attached, none is raised alone."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__(format_report(self.problems))


def errors_in(problems: Iterable[Problem], *, strict: bool = False) -> list[Problem]:
    """The problems that stop a build; with ``strict`` warnings count as errors."""
    return [p for p in problems if p.is_error or strict]


def format_report(problems: Iterable[Problem]) -> str:
    ordered = sorted(problems, key=Problem.sort_key)
    lines = [p.format() for p in ordered]
    errors = sum(p.is_error for p in ordered)
    warnings = len(ordered) - errors
    lines.append(
        f"พบข้อผิดพลาด {errors} รายการ คำเตือน {warnings} รายการ"
        f" / {errors} error(s), {warnings} warning(s)"
    )
    return "\n".join(lines)
