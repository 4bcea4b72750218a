"""How much one content file may ask (limits.py): each attack ends in a clear message at its
file, line and column, exit code 1, never a traceback or exit code 3.

The YAML bombs are fixtures of their own (tests/fixtures/attack-yaml/); the other cases
change one line of tests/fixtures/attack-files. Every message is a golden file.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from prongsai.shared import limits
from prongsai.shared.limits import character_name, control_characters
from tests.conftest import FIXTURES

REPORT = "reports/2566-round-1.yml"
STATISTICS = "statistics/2566/สถิติการให้บริการ.csv"


@pytest.fixture
def attack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "content"
    shutil.copytree(FIXTURES / "attack-files", target)
    monkeypatch.chdir(tmp_path)
    return target


def _check(prongsai) -> str:
    started = time.monotonic()
    code, out, err = prongsai("check")
    # Generous on a loaded machine; the bombs used to take most of a minute, or forever.
    assert time.monotonic() - started < 20
    assert (code, out) == (1, ""), err
    assert "Traceback" not in err and "Internal error" not in err
    return err


BOMBS = [
    ("billion-laughs", "yaml_alias_expansion"),
    ("recursive-anchor", "yaml_alias_recursive"),
    ("merge-into-itself", "yaml_alias_recursive"),
    ("merge-number", "yaml_merge_invalid"),
    ("python-tag", "yaml_tag"),
]


@pytest.mark.parametrize(("case", "code"), BOMBS, ids=[b[0] for b in BOMBS])
def test_a_yaml_bomb_is_an_error_at_its_place(attack, prongsai, golden, case, code):
    shutil.copy(FIXTURES / "attack-yaml" / f"{case}.yml", attack / REPORT)
    err = _check(prongsai)
    golden(f"check/yaml-{case}.txt", err)


def test_ten_thousand_nested_brackets(attack, prongsai, golden):
    (attack / REPORT).write_text("fiscal_year: " + "[" * 10_000 + "]" * 10_000 + "\n", "utf-8")
    golden("check/yaml-too-deep.txt", _check(prongsai))


def test_ten_thousand_unclosed_brackets(attack, prongsai):
    """A syntax error after a deep nest is re-read in pure Python (for its wording), whose
    composer recurses: the depth limit must stop it first."""
    (attack / REPORT).write_text("a: " + "[" * 10_000 + "\n", "utf-8")
    assert "50" in _check(prongsai)


def test_too_many_aliases(attack, prongsai, golden):
    lines = ["fiscal_year: &y 2566", "round: 1", "x:"]
    lines += ["  - *y"] * (limits.MAX_ALIASES + 1)
    (attack / REPORT).write_text("\n".join(lines) + "\n", "utf-8")
    golden("check/yaml-too-many-aliases.txt", _check(prongsai))


def test_a_file_too_large(attack, prongsai, golden):
    report = attack / REPORT
    text = report.read_text(encoding="utf-8")
    report.write_text(text + "#" * limits.MAX_FILE_BYTES + "\n", encoding="utf-8")
    golden("check/file-too-large.txt", _check(prongsai))


# (case, file, text in it, what replaces it)
BREAKAGES = [
    ("number-too-long", REPORT, "round: 1", "round: " + "1" * 401),
    ("number-too-long-quoted", REPORT, "round: 1", 'round: "' + "1" * 401 + '"'),
    ("number-base-60", REPORT, "round: 1", "round: " + ":".join(["59"] * 200)),
    ("control-escape", "agency.yml", "name: องค์การ", 'name: "องค์การ\\x07ทดสอบ" #'),
    ("control-raw", "agency.yml", "name: องค์การ", "name: องค์\x01การ"),
    ("control-nul-escape", REPORT, "  subject: ", '  subject: "\\0" # '),
    ("control-in-key", REPORT, "round: 1", '"round\\x1b": 1'),
    ("control-lone-cr", "agency.yml", "kind: อบต.", "kind: อบต.\r\r"),
    ("csv-superscript", STATISTICS, "สำนักปลัด,20,", "สำนักปลัด,2²,"),
    ("csv-number-too-long", STATISTICS, "สำนักปลัด,20,", "สำนักปลัด," + "9" * 401 + ","),
    ("csv-control", STATISTICS, "ขอรับเบี้ยยังชีพ", "ขอรับ\x0cเบี้ยยังชีพ"),
    ("csv-nul", STATISTICS, "ขอรับเบี้ยยังชีพ", "ขอรับ\x00เบี้ยยังชีพ"),
    ("csv-too-many-columns", STATISTICS, "สำนักปลัด,20,", "สำนักปลัด,20," + "," * 300),
    ("csv-huge-cell", STATISTICS, "สำนักปลัด,20,", 'สำนักปลัด,"' + "ก" * 200_000 + '",'),
    ("statistics-folder-superscript", None, None, None),
]


def _break(content: Path, relative: str, old: str, new: str) -> None:
    path = content / relative
    text = path.read_text(encoding="utf-8-sig")
    assert old in text, f"{relative} no longer contains {old!r}"
    bom = "\ufeff" if relative.endswith(".csv") else ""
    path.write_text(bom + text.replace(old, new, 1), encoding="utf-8", newline="")


@pytest.mark.parametrize(
    ("case", "relative", "old", "new"), BREAKAGES, ids=[b[0] for b in BREAKAGES]
)
def test_each_limit_has_its_message_and_place(attack, prongsai, golden, case, relative, old, new):
    if relative is None:  # a statistics folder named with a superscript two
        (attack / "statistics" / "2566").rename(attack / "statistics" / "256²")
    else:
        _break(attack, relative, old, new)
    err = _check(prongsai)
    assert "\x07" not in err and "\x1b" not in err and "\x00" not in err
    golden(f"check/{case}.txt", err)


def test_crlf_line_ends_are_not_control_characters(attack, prongsai):
    for relative in ("agency.yml", REPORT, STATISTICS):
        path = attack / relative
        path.write_bytes(path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    code, _, err = prongsai("check")
    assert code == 0, err


def test_tabs_and_line_ends_in_values_are_fine(attack, prongsai):
    agency = attack / "agency.yml"
    text = agency.read_text(encoding="utf-8")
    agency.write_text(text.replace('phone: "0 7400 0000"', 'phone: "0\\t7400\\n0000"'), "utf-8")
    code, _, err = prongsai("check")
    assert code == 0, err


# ---- the helpers ---------------------------------------------------------------------------


def test_control_characters_are_found_once_per_line_with_their_column():
    text = "ok\na\x01b\x02\nok\r\nx\x7f\n\ud800\n\ufffe"
    assert control_characters(text) == [
        (2, 2, "\x01"),
        (4, 2, "\x7f"),
        (5, 1, "\ud800"),
        (6, 1, "\ufffe"),
    ]


def test_a_carriage_return_counts_only_outside_crlf():
    assert control_characters("a\r\nb\r\n") == []
    assert control_characters("a\rb") == [(1, 2, "\r")]


def test_a_binary_file_gets_a_bounded_number_of_reports_quickly():
    started = time.monotonic()
    found = control_characters("\x01\n" * 1_000_000)
    assert len(found) == limits.MAX_REPORTED_PER_FILE
    assert time.monotonic() - started < 2


def test_characters_are_named_for_the_editor():
    assert character_name("\x07") == "U+0007"
    assert character_name("\ufffe") == "U+FFFE"
