"""Personal data (PDPA): citizen IDs and mobile numbers stop `check` and `build`.

tests/fixtures/personal_data is valid content full of numbers that are not personal data
(office lines, dates, money, tax and document numbers), the agency's own mobile in its
``phone`` field and a hotline listed under ``published_on_purpose``: it must pass. Each case
below then adds one personal number (in YAML, in a statistics cell, in a file name, in a
PDF, Word or Excel document made at run time); the expected `prongsai check` output is
tests/golden/check/personal-<case>.txt, and no message may show the whole number.
"""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import pytest

from prongsai.check import validate_content
from prongsai.content.personal_data import find_numbers, is_citizen_id, mask_digits
from prongsai.shared.messages import MESSAGES
from tests.conftest import FIXTURES, SITE_CONFIG
from tests.documents import write_docx, write_pdf, write_xlsx

# Made-up numbers. The IDs have valid check digits (mod 11), so they look real to the scan.
CITIZEN_ID = "1101700203450"
CITIZEN_ID_2 = "3100501234563"
CITIZEN_ID_3 = "5700900876543"
NOT_AN_ID = "3100501234567"  # 13 digits, wrong check digit: a document number
COMPANY_ID = "0105536000003"  # valid check digit, but 0 starts juristic-person numbers
MOBILE = "0812345678"

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
ARABIC_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
REPORT = "reports/2566-round-1.yml"
OIT = "oit/2566.yml"
AGENCY = "agency.yml"
STATISTICS = "statistics/2566/สถิติการให้บริการ.csv"


@pytest.fixture
def personal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "content"
    shutil.copytree(FIXTURES / "personal_data", target)
    monkeypatch.chdir(tmp_path)
    return target


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.digits) for f in find_numbers(text)]


def _edit(content: Path, file: str, old: str, new: str) -> None:
    path = content / file
    encoding = "utf-8-sig" if file.endswith(".csv") else "utf-8"
    text = path.read_bytes().decode(encoding)
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding=encoding, newline="")


def _assert_masked(err: str, *numbers: str) -> None:
    """The log must not spread the numbers it reports, in any of their written forms."""
    plain = re.sub(r"(?<=[0-9])[-. ]+(?=[0-9])", "", err.translate(ARABIC_DIGITS))
    for number in numbers:
        assert number not in plain, number


# ---- what counts as a personal number ---------------------------------------------------------


def test_the_check_digit_rule():
    assert is_citizen_id(CITIZEN_ID) and is_citizen_id(CITIZEN_ID_2)
    assert not is_citizen_id(NOT_AN_ID)
    assert not is_citizen_id("110170020345")  # twelve digits


@pytest.mark.parametrize(
    "text",
    [
        f"เลขประจำตัวประชาชน {CITIZEN_ID}",
        "ผู้ร้อง 1-1017-00203-45-0 ที่อยู่",
        "ผู้ร้อง 1 1017 00203 45 0 ที่อยู่",
        "ผู้ร้อง 1\u20131017\u201300203\u201345\u20130 ที่อยู่",
        "บัตรเลขที่ " + "1-1017-00203-45-0".translate(THAI_DIGITS),
        f"({CITIZEN_ID})",
    ],
)
def test_citizen_ids_in_every_usual_form(text):
    assert _kinds(text) == [("citizen_id", CITIZEN_ID)]


@pytest.mark.parametrize(
    "text",
    [
        "โทร 081-234-5678",
        "โทร 08-1234-5678",
        "โทร. 0812345678 (ในเวลาราชการ)",
        "โทร 081 234 5678",
        "โทร 0812-345-678",
        "โทร 081-2345678",
        "โทร 081 - 234 - 5678",
        "Tel. +66 81 234 5678",
        "Tel. +66812345678",
        "Tel. +66-81-234-5678",
        "Tel. (+66) 8 1234 5678",
        "Tel. +66 (0) 81 234 5678",
        "โทร ๐๘๑-๒๓๔-๕๖๗๘",
        "โทร081-234-5678ต่อ",
        "โทร 081\u2013234\u20135678",  # Word's en dash
        "โทร\u00a0081\u00a0234\u00a05678",  # no-break spaces
    ],
)
def test_mobile_numbers_in_every_usual_form(text):
    assert _kinds(text) == [("mobile", MOBILE)]


def test_06_and_09_are_mobiles_too():
    assert _kinds("0612345678 และ 091-234-5678") == [
        ("mobile", "0612345678"),
        ("mobile", "0912345678"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"เลขที่เอกสาร {NOT_AN_ID}",  # wrong check digit
        f"เลขประจำตัวผู้เสียภาษี {COMPANY_ID}",  # a company: public by law
        "เลขที่โครงการ 66039012345",  # e-GP project number, 11 digits
        "วันที่ 2566-03-31 และ 31/03/2566 และ 08-03-2566",
        "งบประมาณ 1,250,000.00 บาท ราคากลาง 9,812,345,678 บาท",
        "เงิน 1234567890123.50 บาท",
        "โทรศัพท์ 0 7400 0000 หรือ 02-123-4567 หรือ 074-000-001",
        "หนังสือที่ ทส 0023.4/ว 1234 และ มท 0808.2/1101700203450",
        "ปริมาณงาน 0 8 3 5 2 7 1 0 4 6 2 3 รายการ",  # monthly counts, one digit each
        f"{CITIZEN_ID}9 และ 9{CITIZEN_ID}",  # part of longer numbers
        "08123456789 และ 10812345678",
        "0712345678",  # 07 is not a mobile prefix
    ],
)
def test_numbers_that_are_not_personal_data(text):
    assert _kinds(text) == []


def test_an_invalid_allowlist_entry_is_echoed_masked_too():
    assert mask_digits(NOT_AN_ID) == "31xxxxxxxxx67"
    assert mask_digits("098-765-4321 ต่อ 12") == "09x-xxx-xxxx ต่อ 12"


def test_masks_show_the_first_and_last_digits_only():
    (citizen,) = find_numbers(CITIZEN_ID)
    (mobile,) = find_numbers("+66 81 234 5678")
    assert citizen.masked == "1-xxxx-xxxxx-x5-0"
    assert mobile.masked == "08x-xxx-xx78"


def test_a_citizen_id_written_in_spaced_groups_is_one_find_not_also_a_mobile():
    # 0812 34567 inside the ID reads as a mobile on its own.
    assert _kinds("ผู้ร้อง 1 0812 34567 89 8") == [("citizen_id", "1081234567898")]


# ---- the fixture: many numbers, none of them personal ---------------------------------------


def test_the_fixture_passes_office_lines_own_mobile_and_listed_hotline(personal, prongsai):
    code, _, err = prongsai("check")
    assert code == 0, err
    _, problems = validate_content(personal)
    assert [p.code for p in problems] == ["oit_items_missing"]


def test_the_fixtures_have_no_personal_numbers():
    for folder in (FIXTURES / "demo", FIXTURES / "minimal", FIXTURES / "oit"):
        _, problems = validate_content(folder)
        assert not [p for p in problems if p.code.startswith(("citizen_id", "mobile", "pub"))]


# ---- each mistake: its message, its place, the number masked -----------------------------------

# (case, file, text in it, what replaces it)
BREAKAGES = [
    (
        "citizen-id",
        REPORT,
        "รายละเอียดตามเอกสารแนบ",
        "ผู้ร้องเรียน เลขประจำตัวประชาชน 1-1017-00203-45-0",
    ),
    (
        "citizen-id-thai-digits",
        REPORT,
        "position: นักวิเคราะห์นโยบายและแผน",
        "position: นักวิเคราะห์นโยบายและแผน (บัตร " + CITIZEN_ID_2.translate(THAI_DIGITS) + ")",
    ),
    (
        "mobile",
        OIT,
        "โทรศัพท์มือถือของสำนักงาน 08-1555-0101 (ในเวลาราชการ)",
        "โทรศัพท์มือถือของสำนักงาน 08-1555-0101 (ในเวลาราชการ)\n"
        "      หรือติดต่อนายทดสอบโดยตรง +66 86 543 2109",
    ),
    (
        "statistics-cell",
        STATISTICS,
        "รับเรื่องร้องเรียน,เรื่อง,สายด่วน 098-765-4321",
        "รับเรื่องร้องเรียน,เรื่อง,นายทดสอบ 089-111-2233",
    ),
    (
        "allowlist-invalid",
        AGENCY,
        'number: "098-765-4321"',
        'number: "098-765-4321 ต่อ 12"',
    ),
]


@pytest.mark.parametrize(("case", "file", "old", "new"), BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_each_personal_number_gets_its_message(personal, prongsai, golden, case, file, old, new):
    _edit(personal, file, old, new)
    code, _, err = prongsai("check")
    assert code == 1, err
    _assert_masked(err, CITIZEN_ID, CITIZEN_ID_2, "865432109", "891112233")
    golden(f"check/personal-{case}.txt", err)


def test_a_number_in_a_block_of_markdown_is_reported_on_its_own_line(personal, prongsai):
    _edit(personal, OIT, "(ในเวลาราชการ)\n", "(ในเวลาราชการ)\n      ผู้ประสานงาน 0891112233\n")
    code, _, err = prongsai("check")
    assert code == 1
    text = (personal / OIT).read_text(encoding="utf-8").splitlines()
    line = next(n for n, t in enumerate(text, start=1) if "0891112233" in t)
    assert f"content/{OIT}:{line}:" in err
    assert "[items.O5.body]" in err


def test_an_unused_allowlist_entry_is_a_warning(personal, prongsai, golden):
    _edit(personal, OIT, "สายด่วนร้องเรียนการทุจริต ๐๙๘-๗๖๕-๔๓๒๑", "สายด่วนร้องเรียนการทุจริต")
    _edit(personal, STATISTICS, "สายด่วน 098-765-4321", "สายด่วน")
    code, _, err = prongsai("check")
    assert code == 0, err
    assert prongsai("check", "--strict")[0] == 1
    golden("check/personal-allowlist-unused.txt", err)


def test_the_agency_phone_field_allows_its_mobile_and_only_there(personal, prongsai):
    _edit(personal, AGENCY, 'phone: "0 7400 0000, 08-1555-0101"', 'phone: "0 7400 0000"')
    code, _, err = prongsai("check")
    assert code == 1
    assert "08x-xxx-xx01" in err
    assert f"content/{OIT}:7:" in err  # the O5 body line with the office mobile


def test_an_allowlisted_number_passes_wherever_it_is_written(personal, prongsai):
    _edit(
        personal,
        AGENCY,
        "published_on_purpose:\n",
        f'published_on_purpose:\n  - number: "{CITIZEN_ID}"\n'
        "    reason: เลขผู้เสียภาษีของผู้ชนะการเสนอราคาซึ่งเป็นบุคคลธรรมดา ต้องประกาศตามกฎหมาย\n",
    )
    _edit(personal, OIT, "เลขที่โครงการ", "ผู้ชนะ 1-1017-00203-45-0 เลขที่โครงการ")
    write_pdf(personal / "documents/2566/ประกาศผู้ชนะ.pdf", [["Winner 1 1017 00203 45 0"]])
    assert prongsai("check")[0] == 0


def test_a_number_in_a_file_name(personal, prongsai, golden):
    folder = personal / "documents" / "2566"
    folder.mkdir(parents=True)
    (folder / f"สำเนาบัตร {CITIZEN_ID}.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "ติดต่อ 089-111-2233.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    code, _, err = prongsai("check")
    assert code == 1
    _assert_masked(err, CITIZEN_ID, "891112233")  # even the file's path is shown masked
    golden("check/personal-file-name.txt", err)


def test_numbers_in_pdf_word_excel_and_csv_documents(personal, prongsai, golden):
    folder = personal / "documents" / "2566"
    write_pdf(
        folder / "เรื่องร้องเรียน.pdf",
        [
            ["Complaint 12/2566, 31 March 2566"],
            ["Complainant ID 1-1017-00203-45-0", "Call +66 81 234 5678"],
        ],
    )
    write_docx(
        folder / "รายชื่อผู้รับเบี้ยยังชีพ.docx",
        ["ประกาศรายชื่อผู้มีสิทธิรับเบี้ยยังชีพผู้สูงอายุ", "ติดต่อ 089-111-2233"],
        table=[["ชื่อ", "เลขประจำตัวประชาชน"], ["นายทดสอบ ตัวอย่าง", "3-1005-01234-56-3"]],
        header="ผู้ประสานงาน 06-1234-5678",
    )
    write_xlsx(
        folder / "สรุปผลการจัดซื้อจัดจ้าง.xlsx",
        {
            "มีนาคม 2566": [
                ["ผู้ชนะ", "เลขประจำตัว", "ราคา"],
                ["บริษัท ทดสอบ จำกัด", COMPANY_ID, 1250000],
                ["นายทดสอบ", int(CITIZEN_ID_3), 99000.5],
            ]
        },
    )
    (folder / "รายชื่อ.csv").write_text("ชื่อ,โทร\nนายทดสอบ,0812345678\n", encoding="utf-8")
    code, _, err = prongsai("check")
    assert code == 1, err
    _assert_masked(err, CITIZEN_ID, CITIZEN_ID_2, CITIZEN_ID_3, "812345678", "891112233")
    golden("check/personal-documents.txt", err)


def test_unreadable_documents_do_not_stop_the_check(personal, prongsai):
    folder = personal / "documents" / "2566"
    folder.mkdir(parents=True)
    (folder / "เสีย.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    (folder / "เสีย.xlsx").write_bytes(b"PK\x03\x04" + bytes(range(256)))
    (folder / "เสีย.docx").write_bytes(b"not a zip")
    code, _, err = prongsai("check")
    assert code == 0, err
    assert "Traceback" not in err


def test_build_stops_before_publishing_anything(personal, prongsai, tmp_path):
    _edit(personal, REPORT, "รายละเอียดตามเอกสารแนบ", f"ผู้ร้อง {CITIZEN_ID}")
    site = tmp_path / "site"
    code, _, err = prongsai("build", "--config", str(SITE_CONFIG), "--site-dir", str(site))
    assert code == 1
    assert "1-xxxx-xxxxx-x5-0" in err
    assert not site.exists()
    assert CITIZEN_ID not in err


NEW_MESSAGES = (
    "citizen_id",
    "mobile",
    "citizen_id_in_document",
    "mobile_in_document",
    "citizen_id_in_file_name",
    "mobile_in_file_name",
    "published_on_purpose_invalid",
    "published_on_purpose_unused",
    "csv_document_formula",
)


@pytest.mark.parametrize("code", NEW_MESSAGES)
def test_each_new_message_says_the_same_in_thai_and_english(code):
    def fields(template: str) -> set[str]:
        # place_th / place_en: one value, in each language (the messages' convention)
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        return {name.removesuffix("_th").removesuffix("_en") for name in names}

    message = MESSAGES[code]
    assert fields(message.thai) == fields(message.english)
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in message.thai)


def test_check_through_the_console_script_with_a_content_folder(tmp_path):
    """`prongsai --content DIR check` as an editor runs it, in its own process."""
    content = tmp_path / "เนื้อหา"
    shutil.copytree(FIXTURES / "personal_data", content)
    prongsai = Path(sys.executable).parent / "prongsai"
    command = [str(prongsai), "--content", str(content), "check"]
    assert subprocess.run(command, capture_output=True, check=False).returncode == 0
    _edit(content, OIT, "เลขที่โครงการ", f"ผู้ร้อง {CITIZEN_ID} เลขที่โครงการ")
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "1-xxxx-xxxxx-x5-0" in done.stderr and CITIZEN_ID not in done.stderr


def test_a_document_changed_between_two_checks_in_one_process_is_read_again(personal):
    """`prongsai serve` checks again after each edit in one process; documents are
    remembered by path, size and modification time, never past a change."""
    document = personal / "documents" / "2566" / "ประกาศ.pdf"
    write_pdf(document, [["Announcement 12/2566"]])
    assert not any(p.is_error for p in validate_content(personal)[1])
    write_pdf(document, [["Announcement 12/2566", "Contact 089-111-2233"]])
    problems = validate_content(personal)[1]
    assert [p.code for p in problems if p.is_error] == ["mobile_in_document"]


def test_the_path_of_a_document_is_masked_in_every_message_about_it(personal, prongsai):
    write_pdf(personal / "documents" / "2566" / "ผู้ร้อง 089-111-2233.pdf", [["ID " + CITIZEN_ID]])
    code, _, err = prongsai("check")
    assert code == 1
    assert err.count("content/documents/2566/ผู้ร้อง 08x-xxx-xx33.pdf:") == 2
    _assert_masked(err, "891112233", CITIZEN_ID)
