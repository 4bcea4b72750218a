"""Every OIT problem an editor can meet, with its exact text and place (golden files).

Each case takes tests/fixtures/oit (valid: OIT disclosures of 2566 with a document) and
breaks one thing; the expected `prongsai check` output is tests/golden/check/oit-<case>.txt.
"""

from __future__ import annotations

import shutil

import pytest

from prongsai.check import validate_content
from prongsai.content.problems import guide_url
from prongsai.oit.validate_oit import builtin_catalogues, code_ranges
from tests.conftest import MINIMAL_REPORT, OIT_FILE

# (case, file, text in it, what replaces it)
BREAKAGES = [
    ("code-unknown-in-measure", MINIMAL_REPORT, "ita_items: [O15]", "ita_items: [O15, O99]"),
    ("code-unknown-in-disclosures", OIT_FILE, "  O29:\n", "  O99:\n"),
    ("code-invalid", OIT_FILE, "  O29:\n", "  o29:\n"),
    ("disclosure-empty", OIT_FILE, "  O42:\n    generated: measures\n", "  O42: {}\n"),
    (
        "disclosure-conflict",
        OIT_FILE,
        "    generated: measures_progress\n",
        "    generated: measures_progress\n    nothing_to_report: ยังไม่มี\n",
    ),
    (
        "link-without-target",
        OIT_FILE,
        "        url: https://www.example.go.th/structure\n",
        "",
    ),
    (
        "link-with-two-targets",
        OIT_FILE,
        "        page: /2566/round-1/\n",
        "        page: /2566/round-1/\n        url: https://www.example.go.th/r1\n",
    ),
    ("document-missing", OIT_FILE, "โครงสร้าง อบต. 2566.pdf", "โครงสร้าง อบต 2566.pdf"),
    ("document-outside", OIT_FILE, "documents/2566/โครงสร้าง อบต. 2566.pdf", "../secret.pdf"),
    ("document-type", OIT_FILE, "โครงสร้าง อบต. 2566.pdf", "โครงสร้าง.exe"),
    ("page-unknown", OIT_FILE, "page: /2566/round-1/", "page: /2566/round-3/"),
    ("generated-without-reports", OIT_FILE, "fiscal_year: 2566", "fiscal_year: 2565"),
    ("year-without-catalogue", OIT_FILE, "fiscal_year: 2566", "fiscal_year: 2570"),
]


def test_the_fixture_is_valid_with_one_warning(oit_content):
    _, problems = validate_content(oit_content)
    assert [(p.code, p.severity.value) for p in problems] == [("oit_items_missing", "warning")]


@pytest.mark.parametrize(("case", "file", "old", "new"), BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_each_mistake_gets_its_message(oit_content, prongsai, golden, case, file, old, new):
    path = oit_content / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    code, _, err = prongsai("check")
    assert code == 1, err
    golden(f"check/oit-{case}.txt", err)


def test_two_files_for_one_year(oit_content, prongsai, golden):
    shutil.copy(oit_content / OIT_FILE, oit_content / "oit" / "2566-copy.yml")
    code, _, err = prongsai("check")
    assert code == 1
    golden("check/oit-duplicate-year.txt", err)


def test_missing_items_of_the_latest_year_are_a_warning_and_strict_makes_them_an_error(
    oit_content, prongsai
):
    code, _, err = prongsai("check")
    assert code == 0 and "38 OIT item(s) of 2566 are not published yet" in err
    assert "oit/2566.yml:3:1" in err  # the file and the line of `items:`
    code, _, err = prongsai("check", "--strict")
    assert code == 1


def test_a_site_without_oit_files_has_no_oit_pages_and_no_warning(content):
    from prongsai.pipeline import run

    result = run(content)
    assert result.problems == ()
    assert all("/oit/" not in page.path.absolute_url for page in result.rendered.pages)
    assert result.site.year(2566).oit is None


def test_a_missing_year_file_shows_every_item_missing_once_oit_is_used(oit_content):
    """Reports of a newer year without its OIT file: that year's OIT page lists every item
    as missing, and the warning names the file to create."""
    from prongsai.pipeline import run

    report = (oit_content / MINIMAL_REPORT).read_text(encoding="utf-8")
    (oit_content / "reports" / "2567-round-1.yml").write_text(
        report.replace("fiscal_year: 2566", "fiscal_year: 2567").replace("ita_items: [O15]", ""),
        encoding="utf-8",
    )
    result = run(oit_content)
    oit = result.site.year(2567).oit
    assert oit.counts.missing == 43 and oit.counts.total == 43
    warning = result.warnings[0]
    assert warning.code == "oit_items_missing"
    assert warning.location.file == "content/oit/2567.yml"


def test_a_broken_report_does_not_also_make_generated_items_an_error(oit_content, prongsai):
    """One mistake, one message: the report's status, not "no report for 2566" as well."""
    report = oit_content / "reports" / "2566-round-1.yml"
    text = report.read_text(encoding="utf-8").replace("status: done", "status: ทำแล้ว", 1)
    report.write_text(text, encoding="utf-8")
    code, _, err = prongsai("check")
    assert code == 1
    assert "status_invalid" not in err.replace(guide_url("status_invalid"), "")
    assert "ทำแล้ว" in err
    assert "generated: measures" not in err
    assert err.count("ข้อผิดพลาด (error)") == 1


def test_an_unknown_code_names_the_codes_the_year_has_with_its_gaps():
    """2568's list has no O2, O5, O6, O7: "O1 to O26" would contradict "no O5" (#15)."""
    assert code_ranges(["O1", "O3", "O4", "O8", "O9", "O10"]) == "O1, O3–O4, O8–O10"
    assert code_ranges(["O1"]) == code_ranges(["O1", "O1"]) == "O1"
    assert code_ranges(builtin_catalogues()[2568].codes) == "O1, O3–O4, O8–O26"
