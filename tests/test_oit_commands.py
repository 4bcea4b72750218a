"""`prongsai oit status`, `prongsai export itas` and `prongsai oit catalogue` end to end."""

from __future__ import annotations

import csv
import io
import re

from prongsai.oit.catalogue import builtin_catalogue_files
from prongsai.oit.itas import BYTE_ORDER_MARK

SITE = "https://www.example.go.th/ita/"


def _config(folder, site_url=SITE):
    config = folder / "mkdocs.yml"
    line = f"site_url: {site_url}\n" if site_url else ""
    config.write_text(f"site_name: test\ndocs_dir: content\n{line}", encoding="utf-8")
    return config


def _status_rows(out: str) -> dict[str, tuple[str, str]]:
    """code → (status in English, URL) from the printed table."""
    rows = {}
    for line in out.splitlines():
        match = re.match(r"^(O\d+)\s+.*?\S+/(published|nothing to report|missing)\s+(\S+)$", line)
        if match:
            rows[match[1]] = (match[2], "" if match[3] == "-" else match[3])
    return rows


def test_status_prints_every_item_and_the_counts(oit_content, prongsai):
    _config(oit_content.parent)
    code, out, err = prongsai("oit", "status", "2566")
    assert code == 0, err
    rows = _status_rows(out)
    assert list(rows) == [f"O{n}" for n in range(1, 44)]
    assert rows["O1"] == ("published", f"{SITE}2566/oit/o1/")
    assert rows["O29"] == ("nothing to report", f"{SITE}2566/oit/o29/")
    assert rows["O2"] == ("missing", "")
    assert "published 4, nothing to report 1, missing 38, total 43" in out


def test_the_export_agrees_with_the_status_table(oit_content, prongsai, tmp_path):
    _config(oit_content.parent)
    _, out, _ = prongsai("oit", "status", "2566")
    code, _, err = prongsai("export", "itas", "2566", "--out", str(tmp_path / "itas.csv"))
    assert code == 0, err
    raw = (tmp_path / "itas.csv").read_bytes()
    assert raw.startswith(BYTE_ORDER_MARK.encode("utf-8"))
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    status = _status_rows(out)
    answers = {"published": "มี", "nothing to report": "มี", "missing": "ไม่มี"}
    assert [(row[0], row[2], row[3]) for row in table[1:]] == [
        (code, answers[state], url) for code, (state, url) in status.items()
    ]


def test_the_export_is_written_next_to_the_content_by_default(oit_content, prongsai):
    _config(oit_content.parent)
    code, _, _ = prongsai("export", "itas", "2566")
    assert code == 0
    assert (oit_content.parent / "itas-2566.csv").is_file()


def test_the_export_needs_the_published_address(oit_content, prongsai):
    _config(oit_content.parent, site_url=None)
    code, _, err = prongsai("export", "itas", "2566")
    assert code == 1
    assert "site_url" in err and "Traceback" not in err


def test_a_year_without_oit_is_named(oit_content, prongsai):
    _config(oit_content.parent)
    code, _, err = prongsai("oit", "status", "2564")
    assert code == 1
    assert "2564 has no OIT page (years with one: 2566)" in err


def test_catalogue_prints_the_shipped_file(prongsai):
    code, out, _ = prongsai("oit", "catalogue", "2566")
    assert code == 0
    assert out == builtin_catalogue_files()[2566].read_text(encoding="utf-8")
    code, _, err = prongsai("oit", "catalogue", "2590")
    assert code == 1 and "2563, 2564" in err


def test_a_reader_that_stops_reading_is_not_an_error(oit_content):
    """`prongsai oit status 2566 | head`: `true` closes the pipe before anything is written,
    which makes the broken pipe certain rather than a race."""
    import subprocess
    import sys

    _config(oit_content.parent)
    completed = subprocess.run(
        f"'{sys.executable}' -m prongsai oit status 2566 | true; exit ${{PIPESTATUS[0]}}",
        shell=True,
        cwd=oit_content.parent,
        capture_output=True,
        text=True,
        executable="/bin/bash",
    )
    assert completed.returncode == 0, completed.stderr
    assert "Internal error" not in completed.stderr
