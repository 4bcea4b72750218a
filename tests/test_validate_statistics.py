"""Service-statistics files: what is read, and every mistake's exact message and cell.

Each case takes tests/fixtures/statistics (valid) and breaks one thing; the expected
`prongsai check` output is tests/golden/check/statistics-<case>.txt.
"""

from __future__ import annotations

import pytest

from prongsai.check import validate_content
from tests.conftest import STATISTICS_CSV, STATISTICS_YAML

# (case, file, text in it, what replaces it)
BREAKAGES = [
    (
        "count-not-a-number",
        STATISTICS_CSV,
        "ก่อสร้างอาคาร,ราย,กองช่าง,3,",
        "ก่อสร้างอาคาร,ราย,กองช่าง,สาม,",
    ),
    ("count-negative", STATISTICS_CSV, "กองช่าง,3,5,", "กองช่าง,3,-5,"),
    ("count-fraction", STATISTICS_CSV, "กองช่าง,3,5,", "กองช่าง,3,5.5,"),
    ("unknown-month", STATISTICS_CSV, ",ต.ค.,", ",ตุลา,"),
    ("unknown-column", STATISTICS_CSV, "ผู้รับผิดชอบ", "หมายเหตุ"),
    ("month-outside-year", STATISTICS_CSV, ",ต.ค.,", ",ต.ค. 2566,"),
    ("duplicate-month", STATISTICS_CSV, ",พ.ย.,", ",ตุลาคม,"),
    ("duplicate-service", STATISTICS_CSV, "ขอรับเบี้ยยังชีพผู้สูงอายุ", "ขออนุญาตก่อสร้างอาคาร"),
    ("total-mismatch", STATISTICS_CSV, ",3,2,25,", ",3,2,26,"),
    ("satisfaction", STATISTICS_CSV, ",92.5\r\n", ",925\r\n"),
    ("no-service-column", STATISTICS_CSV, "บริการ,หน่วยนับ", "รายการ,หน่วยนับ"),
    ("service-empty", STATISTICS_CSV, "ขอรับเบี้ยยังชีพผู้สูงอายุ,", ","),
    ("extra-cell", STATISTICS_CSV, ",1,0,30,95\r\n", ",1,0,30,95,หมายเหตุ\r\n"),
    ("yaml-unknown-month", STATISTICS_YAML, "ตุลาคม: 2", "ตุลา: 2"),
    ("yaml-negative", STATISTICS_YAML, "ธ.ค.: 0", "ธ.ค.: -1"),
    ("yaml-total", STATISTICS_YAML, "total: 6", "total: 7"),
    ("yaml-outside-year", STATISTICS_YAML, "ต.ค. 65: 1", "ต.ค. 66: 1"),
]


def test_the_fixture_is_valid_and_read_as_written(statistics_content):
    content, problems = validate_content(statistics_content)
    assert problems == []
    by_title = {(d.fiscal_year, d.title): d for d in content.datasets}
    services = by_title[(2566, "สถิติการให้บริการประชาชน")].services
    assert [s.name for s in services] == [
        "ขออนุญาตก่อสร้างอาคาร",
        "ชำระภาษีที่ดินและสิ่งปลูกสร้าง",
        "ขอรับเบี้ยยังชีพผู้สูงอายุ",
    ]
    tax = services[1]
    assert tax.counts == {10: 1204, 11: 80, 12: 12, 1: 5, 3: 0}  # "-" and "" are no figure
    assert tax.satisfaction is None and services[0].satisfaction == 92.5
    assert (tax.unit, tax.office) == ("ราย", "กองคลัง")
    complaints = by_title[(2566, "สถิติเรื่องร้องเรียน")].services
    assert complaints[0].counts == {10: 2, 11: 1, 12: 0, 1: 3}  # Thai digit month "๑"
    assert complaints[1].counts == {10: 1, 3: 1000}  # "ต.ค. 65" and "1,000"
    # No byte order mark, LF line ends and full month names: read the same way.
    old = by_title[(2565, "สถิติการให้บริการ")].services
    assert old[1].counts == {10: 1000, 11: 100, 12: 10, 1: 5, 2: 5, 3: 0}


@pytest.mark.parametrize(("case", "file", "old", "new"), BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_each_mistake_gets_its_message(statistics_content, prongsai, golden, case, file, old, new):
    path = statistics_content / file
    encoding = "utf-8-sig" if file.endswith(".csv") else "utf-8"
    text = path.read_bytes().decode(encoding)  # as bytes: keep Excel's CRLF
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding=encoding, newline="")
    code, _, err = prongsai("check")
    assert code == 1, err
    golden(f"check/statistics-{case}.txt", err)


def test_a_csv_saved_as_windows_874_says_how_to_save_it_from_excel(
    statistics_content, prongsai, golden
):
    path = statistics_content / STATISTICS_CSV
    path.write_bytes(path.read_text(encoding="utf-8-sig").encode("cp874"))
    code, _, err = prongsai("check")
    assert code == 1
    assert "CSV UTF-8" in err
    golden("check/statistics-windows-874.txt", err)


def test_a_dataset_outside_a_year_folder(statistics_content, prongsai, golden):
    target = statistics_content / "statistics" / "ทั้งหมด" / "สถิติ.csv"
    target.parent.mkdir()
    (statistics_content / STATISTICS_CSV).rename(target)
    code, _, err = prongsai("check")
    assert code == 1
    golden("check/statistics-folder.txt", err)


def test_data_in_both_a_csv_and_a_yaml_of_the_same_name(statistics_content, prongsai, golden):
    yaml_file = statistics_content / STATISTICS_CSV.replace(".csv", ".yml")
    yaml_file.write_text(
        yaml_file.read_text(encoding="utf-8")
        + "services:\n  - service: ซ้ำ\n    counts: {ต.ค.: 1}\n",
        encoding="utf-8",
    )
    code, _, err = prongsai("check")
    assert code == 1
    golden("check/statistics-two-sources.txt", err)


def test_a_title_file_without_data(statistics_content, prongsai, golden):
    (statistics_content / STATISTICS_CSV).unlink()
    code, _, err = prongsai("check")
    assert code == 1
    golden("check/statistics-no-data.txt", err)


def test_semicolons_from_a_european_excel_are_read_too(statistics_content):
    path = statistics_content / STATISTICS_CSV
    text = path.read_text(encoding="utf-8-sig").replace('"1,204"', "1204").replace(",", ";")
    path.write_text(text, encoding="utf-8-sig")
    content, problems = validate_content(statistics_content)
    assert problems == []
    dataset = next(d for d in content.datasets if d.title == "สถิติการให้บริการประชาชน")
    assert dataset.services[1].counts[10] == 1204
