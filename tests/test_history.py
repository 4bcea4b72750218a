"""Last-changed dates of OIT items, from git: per item's own lines, its documents, reports."""

from __future__ import annotations

import datetime as dt
import os
import subprocess

import pytest

from prongsai.content.history import read_change_dates
from prongsai.pipeline import run
from tests.conftest import OIT_FILE


def _git(folder, *args, date="2024-01-10T10:00:00+07:00"):
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
        "GIT_AUTHOR_NAME": "ทดสอบ",
        "GIT_AUTHOR_EMAIL": "test@example.go.th",
        "GIT_COMMITTER_NAME": "ทดสอบ",
        "GIT_COMMITTER_EMAIL": "test@example.go.th",
    }
    subprocess.run(["git", *args], cwd=folder, env=env, check=True, capture_output=True)


@pytest.fixture
def history_repo(oit_content):
    folder = oit_content.parent
    _git(folder, "init", "-q")
    _git(folder, "add", ".")
    _git(folder, "commit", "-qm", "first")
    return oit_content


def test_each_item_is_dated_by_its_own_lines(history_repo):
    oit_file = history_repo / OIT_FILE
    text = oit_file.read_text(encoding="utf-8")
    oit_file.write_text(
        text.replace("คู่มือการให้บริการประชาชน", "คู่มือการให้บริการประชาชน ฉบับปรับปรุง")
        .replace("    updated: 2566-03-28\n", "")
        .replace("ไม่มีเรื่องร้องเรียนการทุจริต", "ไม่มีเรื่องร้องเรียนการทุจริตหรือประพฤติมิชอบ"),
        encoding="utf-8",
    )
    _git(history_repo.parent, "commit", "-qam", "edit", date="2024-03-05T09:00:00+07:00")
    oit = run(history_repo).site.year(2566).oit
    assert oit.item("O15").updated == dt.date(2024, 3, 5)  # its body changed
    assert oit.item("O29").updated == dt.date(2024, 3, 5)
    assert oit.item("O1").updated == dt.date(2024, 1, 10)  # untouched, and so is its PDF
    assert oit.item("O2").updated is None  # missing: nothing to date


def test_an_explicit_date_wins(history_repo):
    assert run(history_repo).site.year(2566).oit.item("O15").updated == dt.date(2023, 3, 28)


def test_generated_items_follow_the_reports(history_repo):
    report = history_repo / "reports" / "2566-round-1.yml"
    report.write_text(report.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _git(history_repo.parent, "commit", "-qam", "report", date="2024-04-02T08:00:00+07:00")
    oit = run(history_repo).site.year(2566).oit
    assert oit.item("O43").updated == dt.date(2024, 4, 2)


def test_the_date_is_the_thai_calendar_day_of_the_commit(history_repo):
    """23:30 UTC on 9 January is already 10 January in Thailand."""
    oit_file = history_repo / OIT_FILE
    oit_file.write_text(oit_file.read_text(encoding="utf-8") + "# note\n", encoding="utf-8")
    _git(history_repo.parent, "commit", "-qam", "late", date="2024-02-09T23:30:00+00:00")
    dates = read_change_dates([oit_file])
    assert dates.of_lines(oit_file, 999, 10**6) is None
    last_line = len(oit_file.read_text(encoding="utf-8").splitlines())
    assert dates.of_lines(oit_file, last_line, last_line) == dt.date(2024, 2, 10)


def test_outside_git_no_date_is_invented(oit_content):
    oit = run(oit_content).site.year(2566).oit
    assert oit.item("O1").updated is None
    assert oit.item("O15").updated == dt.date(2023, 3, 28)  # given by the editor
