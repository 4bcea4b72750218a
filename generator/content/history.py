"""When content last changed, from git: the date shown as "ปรับปรุงล่าสุด" on OIT items.

Read once per build, before the model is made (the model itself does no I/O). Outside a
git checkout, or for a file git does not know, no date is given: a file's modification time
is the time of the checkout, not of the edit, and would mislead assessors.
A shallow clone gives every line the date of its one commit: the deploy workflow fetches
the full history for this reason.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

THAI_TIME = dt.timezone(dt.timedelta(hours=7))


@dataclass(frozen=True)
class ChangeDates:
    """Per file: the date each line last changed (index 0 = line 1), None when unknown."""

    lines: dict[Path, tuple[dt.date | None, ...]] = field(default_factory=dict)

    def of_lines(self, path: Path, first: int, last: int) -> dt.date | None:
        """The newest change among lines ``first``..``last`` (1-based, inclusive)."""
        dates = [d for d in self.lines.get(path.resolve(), ())[first - 1 : last] if d]
        return max(dates) if dates else None

    def of_file(self, path: Path) -> dt.date | None:
        dates = [d for d in self.lines.get(path.resolve(), ()) if d]
        return max(dates) if dates else None


def read_change_dates(files: Iterable[Path]) -> ChangeDates:
    """``git blame`` every file (text files line by line, others as one line)."""
    files = [f.resolve() for f in files]
    if not files or not _inside_git(files[0].parent):
        return ChangeDates()
    return ChangeDates({path: _blame(path) for path in files})


def _inside_git(folder: Path) -> bool:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--is-inside-work-tree"],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:  # git is not installed
        return False
    return result.returncode == 0 and result.stdout.strip() == "true"


def _blame(path: Path) -> tuple[dt.date | None, ...]:
    if not _is_text(path):
        return (_last_commit_date(path),)
    result = subprocess.run(
        ["git", "blame", "--line-porcelain", "--", path.name],
        cwd=path.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        check=False,
    )
    if result.returncode != 0:  # not tracked yet
        return ()
    dates: list[dt.date | None] = []
    for line in result.stdout.splitlines():
        if line.startswith("committer-time "):
            stamp = int(line.split()[1])
            dates.append(dt.datetime.fromtimestamp(stamp, THAI_TIME).date())
    return tuple(dates)


def last_commit_date(path: Path) -> dt.date | None:
    """The Thai calendar day of the last commit that changed ``path`` (None: not in git)."""
    if not path.exists() or not _inside_git(path.parent):
        return None
    return _last_commit_date(path)


def _last_commit_date(path: Path) -> dt.date | None:
    result = subprocess.run(
        ["git", "log", "-1", "--format=%ct", "--", path.name],
        cwd=path.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    stamp = result.stdout.strip()
    return dt.datetime.fromtimestamp(int(stamp), THAI_TIME).date() if stamp.isdigit() else None


def _is_text(path: Path) -> bool:
    return path.suffix.lower() in {".yml", ".yaml", ".md", ".csv", ".txt"}
