"""`prongsai import docx`: Word reports built here with python-docx (no binary fixture), read
back into a round report that must keep every cell and pass `prongsai check`."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from prongsai.authoring.import_docx_read import DocxImportError, NotWordDocument
from prongsai.authoring.import_docx_write import ImportResult, ReportExists, import_docx
from prongsai.check import validate_content
from prongsai.content.load import load_file
from prongsai.content.problems import format_report
from prongsai.content.records import RoundReportFile
from prongsai.content.validate import validate_document
from prongsai.shared import thai
from tests.conftest import FIXTURES

SEED_TEXT = FIXTURES / "seed" / "khao-noi-2565-round-1.txt"
TARGET = Path("reports") / "2565-round-1.yml"
HEADER = ["มาตรการ/แนวทาง", "ขั้นตอนหรือวิธีการ", "ผู้รับผิดชอบ", "ทำ", "ไม่ทำ", "หมายเหตุ"]
IIT_HEADING = "1.1 การปรับปรุงการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"
EIT_HEADING = "1.2 การปรับปรุงการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)"
OIT_HEADING = "1.3 การปรับปรุงการเปิดเผยข้อมูล (OIT)"


# ---- building Word documents -----------------------------------------------------------


def _seed_blocks(text: str, *, split_tables: bool) -> list[tuple[str, list]]:
    """The seed's extracted text as blocks: blank lines part paragraphs, tabs part cells.

    A blank line inside a table is the page break the source splits a row over: the table
    goes on (its next row starts with an empty cell), or with ``split_tables`` a new table
    without a header starts after a page break.
    """
    blocks: list[tuple[str, list]] = []
    paragraph: list[str] = []
    table: list[list[str]] | None = None
    gap = False
    for line in text.split("\n"):
        if "\t" in line:
            if paragraph:
                blocks.append(("p", paragraph))
                paragraph = []
            if table is None or (gap and split_tables):
                if table is not None:
                    blocks.append(("page", []))
                table = []
                blocks.append(("t", table))
            table.append(line.split("\t"))
            gap = False
        elif not line.strip():
            if paragraph:
                blocks.append(("p", paragraph))
                paragraph = []
            gap = table is not None
        else:
            table, gap = None, False
            paragraph.append(line)
    if paragraph:
        blocks.append(("p", paragraph))
    return blocks


def _seed_docx(path: Path, *, split_tables: bool = False) -> Path:
    """The seed memo rebuilt as a Word document from its extracted text."""
    document = docx.Document()
    text = SEED_TEXT.read_text(encoding="utf-8")
    for kind, value in _seed_blocks(text, split_tables=split_tables):
        if kind == "p":
            bold = value[0].startswith("**")
            _paragraph(document, "\n".join(line.strip("*") for line in value), bold=bold)
        elif kind == "page":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            _table(document, value[1:], header=value[0])
    document.save(path)
    return path


def _paragraph(document, text: str, *, bold: bool = False):
    """A paragraph; newlines in ``text`` become line breaks inside it."""
    paragraph = document.add_paragraph()
    lines = text.split("\n")
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        if bold:
            run.bold = True
        if index < len(lines) - 1:
            run.add_break()
    return paragraph


def _fill(cell, text: str) -> None:
    """Cell text; newlines start new paragraphs inside the cell."""
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _table(document, rows: list[list[str]], *, header: list[str] | None = None):
    header = HEADER if header is None else header
    all_rows = [header, *rows] if header else rows
    table = document.add_table(rows=len(all_rows), cols=len(all_rows[0]))
    table.style = "Table Grid"
    for row, values in zip(table.rows, all_rows, strict=True):
        for cell, value in zip(row.cells, values, strict=False):
            if value:
                _fill(cell, value)
    return table


MEMO_LINES = [
    "บันทึกข้อความ",
    "ส่วนราชการ สำนักปลัดองค์การบริหารส่วนตำบลทดสอบ",
    "ที่ 12/2565\tวันที่ 8 เมษายน 2565",
    "เรื่อง รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
    " ประจำปีงบประมาณ 2565 (รอบ 6 เดือนแรก)",
    "เรียน นายกองค์การบริหารส่วนตำบลทดสอบ",
    "ตามที่องค์การบริหารส่วนตำบลทดสอบได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส จึงรายงานผลตามเอกสารแนบ",
    "ลงชื่อ ................................ ผู้รายงาน",
    "(นางสาวทดสอบ ระบบดี)",
    "นักวิเคราะห์นโยบายและแผน",
]
MEASURES_TITLE = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2565"
INTRODUCTION = "ได้ดำเนินการตามมาตรการ ดังต่อไปนี้"


def _memo(lines: list[str] | None = None, *, title: bool = True):
    """A memo in the seed's layout, ready for sections and tables to be added."""
    document = docx.Document()
    for line in MEMO_LINES if lines is None else lines:
        _paragraph(document, line)
    if title:
        _paragraph(document, MEASURES_TITLE, bold=True)
        _paragraph(document, INTRODUCTION)
    return document


def _save(document, folder: Path, name: str = "รายงาน.docx") -> Path:
    path = folder / name
    document.save(path)
    return path


def _tick_symbol(cell, char: str = "F0FC", font: str = "Wingdings") -> None:
    """A tick inserted with Insert > Symbol: a w:sym element, with no text of its own."""
    run = cell.paragraphs[0].add_run()
    symbol = OxmlElement("w:sym")
    symbol.set(qn("w:font"), font)
    symbol.set(qn("w:char"), char)
    run._r.append(symbol)


def _text_box(paragraph, text: str) -> None:
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape>'
        f"<v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


# ---- reading results -------------------------------------------------------------------


def _import(path: Path, content: Path, year: int = 2565, round_number: int = 1, **kw):
    return import_docx(path, content, year, round_number, force=kw.get("force", False))


def _passes_check(content: Path) -> list:
    """`prongsai check` on the folder: no error; returns the warnings."""
    _, problems = validate_content(content)
    errors = [p for p in problems if p.is_error]
    assert not errors, format_report(errors)
    return problems


def _read_back(path: Path) -> RoundReportFile:
    document, problems = load_file(path, str(path))
    assert document is not None and not problems
    record, problems = validate_document(document, RoundReportFile)
    assert record is not None, problems
    return record


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _assert_every_cell_arrives(path: Path, result: ImportResult, header_rows: int = 1) -> None:
    """Each piece of each table cell (list markers aside) is in the record or reported."""
    record_text = " ".join(_strings(result.record.model_dump(mode="json")))
    reported = " ".join(u.text.replace("\n", " ") for u in result.unmapped)
    marks = re.compile(r"[\s✓✔/xXû\-]*")  # û: a cross typed in the Wingdings font
    for table in docx.Document(str(path)).tables:
        for row in table.rows[header_rows:]:
            for cell in row.cells:
                text = " ".join(cell.text.split())
                if not text or marks.fullmatch(text):
                    continue
                pieces = re.split(r"\([0-9๐-๙]+\)|(?:^|\s)[0-9๐-๙]+\.(?!\d)|(?:^|\s)-", text)
                for piece in (" ".join(p.split()).strip("✓✔ ") for p in pieces):
                    piece = re.sub(r"^\d+\.\d+\s+|\s*\((?:IIT|EIT|OIT)\)$", "", piece)
                    if piece and not marks.fullmatch(piece) and piece not in ("ทำ", "ไม่ทำ"):
                        assert piece in record_text or piece in reported, piece


def _measures(result: ImportResult, code: str):
    section = next(s for s in result.record.measures.sections if s.code == code)
    return {m.number: m for m in section.measures}


# ---- (a) the seed ---------------------------------------------------------------------


SPLITS = pytest.mark.parametrize("split_tables", [False, True], ids=["row-split", "table-split"])


def import_seed(content: Path, tmp_path: Path, split_tables: bool) -> ImportResult:
    """The seed document (tests/fixtures/seed) rebuilt as Word and imported into ``content``:
    every cell arrives, nothing is left over or warned about, the result passes check."""
    path = _seed_docx(tmp_path / "khao-noi-2565-round-1.docx", split_tables=split_tables)
    if split_tables:
        assert len(docx.Document(str(path)).tables) == 4  # the IIT table goes on after a break
    result = _import(path, content)
    assert [s.code for s in result.record.measures.sections] == ["IIT", "EIT", "OIT"]
    assert result.unmapped == ()
    assert result.warnings == ()
    _assert_every_cell_arrives(path, result)
    assert _passes_check(content) == []  # not even a warning
    return result


@SPLITS
def test_the_seed_rebuilt_as_word_imports_every_cell(
    content: Path, tmp_path: Path, split_tables: bool
) -> None:
    result = import_seed(content, tmp_path, split_tables)
    assert [len(s.measures) for s in result.record.measures.sections] == [6, 2, 1]
    assert result.record.memo.date == dt.date(2022, 4, 7)
    assert result.record.measures.sections[2].measures[0].ita_items == ["O15"]


def test_the_written_file_reads_back_as_the_record(content: Path, tmp_path: Path) -> None:
    result = _import(_seed_docx(tmp_path / "seed.docx"), content)
    assert result.path == content / TARGET
    assert result.replaced is False
    assert (content / TARGET).read_text(encoding="utf-8") == result.text
    assert _read_back(content / TARGET) == result.record
    assert result.text.startswith("# นำเข้าจากไฟล์ Word seed.docx")
    summary = result.format()
    assert "3 หมวด 9 มาตรการ (ทำ 9 · ไม่ทำ 0 · ยังไม่ระบุ 0)" in summary
    assert "3 section(s), 9 measure(s) (done 9, not done 0, no status 0)" in summary


# ---- (b) ticks and text in ทำ / ไม่ทำ -----------------------------------------------------


def test_ticks_and_text_in_the_done_and_not_done_columns(content: Path, tmp_path: Path) -> None:
    document = _memo()
    _paragraph(document, IIT_HEADING)
    rows = [
        ["(1) ติ๊กถูก", "ขั้นตอนหนึ่ง", "สำนักปลัด", "✓", "", ""],
        ["(2) ติ๊กหนา", "ขั้นตอนสอง", "กองคลัง", "✔", "-", ""],
        ["(3) ทับ", "ขั้นตอนสาม", "กองช่าง", "/", "", ""],
        ["(4) กากบาทเล็ก", "ขั้นตอนสี่", "สำนักปลัด", "", "x", ""],
        ["(5) กากบาทใหญ่", "ขั้นตอนห้า", "สำนักปลัด", "-", "X", ""],
        ["(6) คำว่าทำ", "ขั้นตอนหก", "สำนักปลัด", "ทำ", "", ""],
        ["(7) ข้อความในช่องทำ", "ขั้นตอนเจ็ด", "สำนักปลัด", "ประกาศลงเว็บไซต์แล้ว", "", ""],
        ["(8) ข้อความในช่องไม่ทำ", "ขั้นตอนแปด", "สำนักปลัด", "", "งดเพราะโรคระบาด", ""],
        ["(9) ว่างทั้งสองช่อง", "ขั้นตอนเก้า", "สำนักปลัด", "", "", "รอผล"],
        ["(10) สัญลักษณ์ Wingdings", "ขั้นตอนสิบ", "สำนักปลัด", "", "", ""],
        ["(11) มีทั้งสองช่อง", "ขั้นตอนสิบเอ็ด", "สำนักปลัด", "✓", "✓", ""],
        ["(12) ติ๊กพร้อมข้อความ", "ขั้นตอนสิบสอง", "สำนักปลัด", "✓ แจ้งเวียนแล้ว", "", ""],
        ["(13) อักษร Wingdings", "ขั้นตอนสิบสาม", "สำนักปลัด", "", "", ""],
        ["(14) กล่องว่าง", "ขั้นตอนสิบสี่", "สำนักปลัด", "", "", ""],
    ]
    table = _table(document, rows)
    _tick_symbol(table.cell(10, 3))
    run = table.cell(13, 4).paragraphs[0].add_run("û")  # typed in the Wingdings font: a cross
    run.font.name = "Wingdings"
    _tick_symbol(table.cell(14, 3), "F0A8")  # an empty box is no tick
    _tick_symbol(table.cell(14, 4), "F0A3", "Wingdings 2")
    path = _save(document, tmp_path)
    result = _import(path, content)
    measures = _measures(result, "IIT")
    status = {n: (m.status.value if m.status else None) for n, m in measures.items()}
    assert status == {
        1: "done",
        2: "done",
        3: "done",
        4: "not_done",
        5: "not_done",
        6: "done",
        7: "done",
        8: "not_done",
        9: None,
        10: "done",
        11: None,
        12: "done",
        13: "not_done",
        14: None,
    }
    actions = {n: m.actions for n, m in measures.items() if m.actions}
    assert actions == {
        7: ["ประกาศลงเว็บไซต์แล้ว"],
        8: ["งดเพราะโรคระบาด"],
        12: ["แจ้งเวียนแล้ว"],
    }
    assert measures[9].remarks == "รอผล"
    assert [w.english for w in result.warnings] == [
        "Measure 11 in section IIT has both ทำ and ไม่ทำ filled in, so no status was set:"
        " add status: done or not_done yourself."
    ]
    assert result.unmapped == ()
    _assert_every_cell_arrives(path, result)
    warnings = _passes_check(content)
    # A tick alone says the measure was done, not what was done: the check asks for actions.
    assert sorted((p.code, p.context["number"]) for p in warnings) == [
        ("done_without_actions", 1),
        ("done_without_actions", 2),
        ("done_without_actions", 3),
        ("done_without_actions", 6),
        ("done_without_actions", 10),
        ("status_missing", 9),
        ("status_missing", 11),
        ("status_missing", 14),
    ]


# ---- (c) empty rows --------------------------------------------------------------------


def test_extra_empty_rows_are_skipped(content: Path, tmp_path: Path) -> None:
    document = _memo()
    _paragraph(document, IIT_HEADING)
    empty = [""] * 6
    _table(
        document,
        [
            empty,
            ["(1) มาตรการแรก", "ขั้นตอนแรก", "สำนักปลัด", "✓", "", ""],
            empty,
            [" ", "", "\t", "", "", ""],
            ["(2) มาตรการที่สอง", "ขั้นตอนที่สอง", "กองคลัง", "", "✓", ""],
            empty,
            empty,
        ],
    )
    _paragraph(document, "")
    path = _save(document, tmp_path)
    result = _import(path, content)
    measures = _measures(result, "IIT")
    assert sorted(measures) == [1, 2]
    assert measures[1].title == "มาตรการแรก" and measures[1].steps == ["ขั้นตอนแรก"]
    assert measures[2].status.value == "not_done"
    assert result.unmapped == () and result.warnings == ()
    _assert_every_cell_arrives(path, result)
    _passes_check(content)


# ---- (d) merged cells ------------------------------------------------------------------


def test_merged_cells_are_read_once(content: Path, tmp_path: Path) -> None:
    document = _memo()
    _paragraph(document, IIT_HEADING)
    table = _table(
        document,
        [
            ["(1) มาตรการแรก", "ขั้นตอนแรก", "", "✓", "", ""],
            ["(2) มาตรการที่สอง", "ขั้นตอนที่สอง", "", "✓", "", ""],
            ["(3) มาตรการข้ามสองแถว", "ขั้นตอนแถวบน", "กองช่าง", "✓", "", ""],
            ["", "ขั้นตอนแถวล่าง", "", "", "", ""],
            ["", "", "", "", "", ""],  # becomes the EIT heading across the table
            ["(1) มาตรการภายนอก", "ขั้นตอนภายนอก", "ทุกกอง", "", "ไม่ได้จัดประชุม", ""],
        ],
    )
    shared = table.cell(1, 2).merge(table.cell(2, 2))  # ผู้รับผิดชอบ of measures 1 and 2
    shared.text = "สำนักปลัดและกองคลังร่วมกัน"
    tall = table.cell(3, 0).merge(table.cell(4, 0))  # one measure over two rows
    tall.text = "(3) มาตรการข้ามสองแถว"
    wide = table.cell(5, 0).merge(table.cell(5, 5))
    wide.text = EIT_HEADING
    done_and_not = table.cell(6, 3).merge(table.cell(6, 4))  # ทำ and ไม่ทำ as one cell
    done_and_not.text = "ไม่ได้จัดประชุม"
    path = _save(document, tmp_path)
    result = _import(path, content)

    iit, eit = _measures(result, "IIT"), _measures(result, "EIT")
    assert iit[1].responsible == ["สำนักปลัดและกองคลังร่วมกัน"]
    assert iit[2].responsible == []  # the merged cell belongs to the row where it starts
    assert iit[3].title == "มาตรการข้ามสองแถว"
    assert iit[3].steps == ["ขั้นตอนแถวบน ขั้นตอนแถวล่าง"]
    assert sorted(iit) == [1, 2, 3]
    assert eit[1].actions == ["ไม่ได้จัดประชุม"]
    for text in (
        "สำนักปลัดและกองคลังร่วมกัน",
        "มาตรการข้ามสองแถว",
        "ไม่ได้จัดประชุม",
        "ผู้มีส่วนได้ส่วนเสียภายนอก",
    ):
        assert result.text.count(text) == 1, text
    assert result.unmapped == ()
    _assert_every_cell_arrives(path, result)
    _passes_check(content)


def test_two_row_header_and_columns_found_by_their_text(content: Path, tmp_path: Path) -> None:
    document = _memo()
    _paragraph(document, EIT_HEADING)
    header = ["ลำดับ", "ผู้รับผิดชอบ", "มาตรการ/แนวทาง", "ผลการดำเนินการ", "", "หมายเหตุ", "วิธีการ"]
    table = _table(
        document,
        [
            ["", "", "", "ทำ", "ไม่ทำ", "", ""],
            ["1", "กองคลัง", "ลดขั้นตอนการเบิกจ่าย", "✓", "", "เสร็จก่อนกำหนด", "ใช้แบบฟอร์มเดียว"],
            ["2", "กองช่าง", "ตรวจงานจ้างร่วมกับประชาคม", "", "ยังไม่มีงานจ้าง", "", "เชิญผู้แทน"],
        ],
        header=header,
    )
    table.cell(0, 3).merge(table.cell(0, 4))  # ผลการดำเนินการ over ทำ | ไม่ทำ
    for column in (0, 1, 2, 5, 6):
        table.cell(0, column).merge(table.cell(1, column))
    path = _save(document, tmp_path)
    result = _import(path, content)
    eit = _measures(result, "EIT")
    assert eit[1].model_dump(exclude_defaults=True) == {
        "number": 1,
        "title": "ลดขั้นตอนการเบิกจ่าย",
        "steps": ["ใช้แบบฟอร์มเดียว"],
        "responsible": ["กองคลัง"],
        "status": "done",
        "remarks": "เสร็จก่อนกำหนด",
    }
    assert eit[2].status.value == "not_done" and eit[2].actions == ["ยังไม่มีงานจ้าง"]
    assert result.unmapped == ()
    _assert_every_cell_arrives(path, result, header_rows=2)
    _passes_check(content)


# ---- (e) Thai digits -------------------------------------------------------------------


def test_thai_digits_in_numbers_and_the_date(content: Path, tmp_path: Path) -> None:
    lines = list(MEMO_LINES)
    lines[2] = "ที่ ๗๕/๒๕๖๕"
    lines.insert(3, "วันที่ ๗ เมษายน ๒๕๖๕")
    document = _memo(lines)
    _paragraph(document, thai.to_thai_digits(OIT_HEADING))
    _table(
        document,
        [
            [
                "(๑) ข้อมูลเชิงสถิติการให้บริการ (ตัวชี้วัดข้อ O๑๕)",
                "(๑) จัดทำสถิติ (๒) สรุปรายงานผู้บริหาร",
                "๑. สำนักปลัด ๒. กองคลัง",
                "จัดทำสถิติ ๖ เดือน",
                "",
                "",
            ],
            ["๒. การเผยแพร่ข้อมูล", "เผยแพร่ทุก ๓ เดือน", "สำนักปลัด", "✓", "", ""],
        ],
    )
    path = _save(document, tmp_path)
    result = _import(path, content)
    memo = result.record.memo
    assert memo.document_number == "75/2565"
    assert memo.date == dt.date(2022, 4, 7)
    section = result.record.measures.sections[0]
    assert (section.code, section.number) == ("OIT", "1.3")
    oit = _measures(result, "OIT")
    assert sorted(oit) == [1, 2]
    assert oit[1].title == "ข้อมูลเชิงสถิติการให้บริการ (ตัวชี้วัดข้อ O๑๕)"
    assert oit[1].ita_items == ["O15"]
    assert oit[1].steps == ["จัดทำสถิติ", "สรุปรายงานผู้บริหาร"]
    assert oit[1].responsible == ["สำนักปลัด", "กองคลัง"]
    assert oit[1].actions == ["จัดทำสถิติ ๖ เดือน"]  # free text keeps its digits
    assert oit[2].title == "การเผยแพร่ข้อมูล" and oit[2].steps == ["เผยแพร่ทุก ๓ เดือน"]
    assert 'date: "7 เมษายน 2565"' in result.text
    _assert_every_cell_arrives(path, result)
    _passes_check(content)


# ---- (f) a row split over a page break -------------------------------------------------


def test_a_continuation_row_is_merged_into_its_measure(content: Path, tmp_path: Path) -> None:
    document = _memo()
    _paragraph(document, IIT_HEADING)
    _table(
        document,
        [
            ["(1) มาตรการยาว", "(1) ขั้นแรก (2) ขั้นที่สองครึ่ง", "กองคลัง", "-ผลแรก -ผลที่สอง", "", ""],
            ["", "แรก (3) ขั้นที่สาม", "กองช่าง", "ต่อท้าย -ผลที่สาม", "", "ดูภาคผนวก"],
            ["(2) มาตรการสั้น", "ขั้นเดียว", "สำนักปลัด", "✓", "", ""],
        ],
    )
    path = _save(document, tmp_path)
    result = _import(path, content)
    iit = _measures(result, "IIT")
    assert sorted(iit) == [1, 2]
    assert iit[1].steps == ["ขั้นแรก", "ขั้นที่สองครึ่ง แรก", "ขั้นที่สาม"]
    assert iit[1].responsible == ["กองคลัง กองช่าง"]
    assert iit[1].actions == ["ผลแรก", "ผลที่สอง ต่อท้าย", "ผลที่สาม"]
    assert iit[1].status.value == "done" and iit[1].remarks == "ดูภาคผนวก"
    _assert_every_cell_arrives(path, result)
    _passes_check(content)


def test_lists_inside_cells_and_numbers_from_row_order(content: Path, tmp_path: Path) -> None:
    document = _memo()
    _paragraph(document, IIT_HEADING)
    _table(
        document,
        [
            [
                "มาตรการไม่มีเลข",
                "1. ประชุมชี้แจง\n2. ติดตามผล",
                "- สำนักปลัด\n- กองคลัง",
                "ดำเนินการระหว่าง 1 ต.ค. 64 - 31 มี.ค. 65",
                "",
                "",
            ],
            ["มาตรการที่สองไม่มีเลข", "ดังนี้\n- ขั้นหนึ่ง\n- ขั้นสอง", "กองช่าง", "✓", "", ""],
        ],
    )
    path = _save(document, tmp_path)
    result = _import(path, content)
    iit = _measures(result, "IIT")
    assert iit[1].title == "มาตรการไม่มีเลข"
    assert iit[1].steps == ["ประชุมชี้แจง", "ติดตามผล"]
    assert iit[1].responsible == ["สำนักปลัด", "กองคลัง"]
    assert iit[1].actions == ["ดำเนินการระหว่าง 1 ต.ค. 64 - 31 มี.ค. 65"]  # a range, not a list
    assert iit[2].title == "มาตรการที่สองไม่มีเลข"
    assert iit[2].steps == ["ดังนี้", "ขั้นหนึ่ง", "ขั้นสอง"]
    _assert_every_cell_arrives(path, result)
    _passes_check(content)


# ---- (g) never overwrite without force -------------------------------------------------


def test_an_existing_file_is_not_overwritten_without_force(content: Path, tmp_path: Path) -> None:
    path = _seed_docx(tmp_path / "seed.docx")
    target = content / TARGET
    target.write_text("# แก้ไขด้วยมือ\n", encoding="utf-8")
    with pytest.raises(ReportExists) as caught:
        _import(path, content)
    assert "มีไฟล์" in caught.value.thai and "--force" in caught.value.thai
    assert "already exists" in caught.value.english and "--force" in caught.value.english
    assert target.read_text(encoding="utf-8") == "# แก้ไขด้วยมือ\n"

    result = _import(path, content, force=True)
    assert result.replaced is True
    assert target.read_text(encoding="utf-8") == result.text
    assert result.format().startswith("เขียนทับ ")
    _passes_check(content)


def test_a_second_file_for_the_same_round_is_refused_even_with_force(
    content: Path, tmp_path: Path
) -> None:
    (content / "reports" / "2566-round-1.yml").rename(content / "reports" / "รอบแรก.yml")
    with pytest.raises(ReportExists) as caught:
        _import(_seed_docx(tmp_path / "seed.docx"), content, 2566, 1, force=True)
    assert "รอบแรก.yml" in caught.value.thai and "รอบแรก.yml" in caught.value.english
    assert not (content / "reports" / "2566-round-1.yml").exists()


# ---- (h) what could not be placed ------------------------------------------------------


def test_every_piece_not_imported_is_reported(content: Path, tmp_path: Path) -> None:
    lines = ["ด่วนที่สุด", *MEMO_LINES]
    lines[2] = "ส่วนราชการ สำนักปลัดองค์การบริหารส่วนตำบลทดสอบ โทร. ๐ ๗๕๐๐ ๐๐๐๐"
    document = _memo(lines, title=False)
    _paragraph(document, "ความเห็นของหัวหน้าสำนักปลัด เห็นควรทราบ")  # between two signatures
    for line in ["ลงชื่อ", "(นายหัวหน้า ทดสอบ)", "หัวหน้าสำนักปลัด"]:
        _paragraph(document, line)
    _paragraph(document, MEASURES_TITLE, bold=True)
    _text_box(_paragraph(document, INTRODUCTION), "ตราประทับรับเรื่อง")
    _paragraph(document, IIT_HEADING)
    _paragraph(document, "ข้อมูล ณ วันที่ 31 มีนาคม 2565")
    _table(
        document,
        [["(1) มาตรการแรก", "ขั้นตอนแรก", "สำนักปลัด", "✓", "", "", "15,000"]],
        header=[*HEADER, "งบประมาณ (บาท)"],
    )
    _paragraph(document, "ลงชื่อ ........ ผู้จัดทำรายงาน")
    document.sections[0].header.paragraphs[0].text = "เอกสารแนบท้ายบันทึก"
    document.sections[0].footer.paragraphs[0].text = "- ๒ -"  # a page number: nothing to check
    path = _save(document, tmp_path)
    result = _import(path, content)

    reported = [(u.where_english, u.text) for u in result.unmapped]
    assert reported == [
        ("paragraph 1 (counting paragraphs with text)", "ด่วนที่สุด"),
        ("paragraph 3 (counting paragraphs with text)", "โทร. ๐ ๗๕๐๐ ๐๐๐๐"),
        ("paragraph 11 (counting paragraphs with text)", "ความเห็นของหัวหน้าสำนักปลัด เห็นควรทราบ"),
        ("paragraph 18 (counting paragraphs with text)", "ข้อมูล ณ วันที่ 31 มีนาคม 2565"),
        ('table 1, row 2, column "งบประมาณ (บาท)"', "15,000"),
        ("paragraph 19 (counting paragraphs with text)", "ลงชื่อ ........ ผู้จัดทำรายงาน"),
        ("text box near paragraph 16 (counting paragraphs with text)", "ตราประทับรับเรื่อง"),
        ("page header", "เอกสารแนบท้ายบันทึก"),
    ]
    assert all(u.where_thai and u.text for u in result.unmapped)
    printed = result.format()
    assert "ข้อความที่ไม่ได้นำเข้า 8 รายการ" in printed
    assert "8 piece(s) of the document were not imported" in printed
    for _, text in reported:
        assert repr(text) in printed
    memo = result.record.memo
    assert memo.issuing_unit == "สำนักปลัดองค์การบริหารส่วนตำบลทดสอบ"
    assert [s.name for s in memo.signatories] == ["นางสาวทดสอบ ระบบดี", "นายหัวหน้า ทดสอบ"]
    assert memo.signatories[0].role == "ผู้รายงาน"
    assert result.record.measures.introduction == INTRODUCTION
    _passes_check(content)


def test_paragraphs_inside_content_controls_are_read(content: Path, tmp_path: Path) -> None:
    document = _memo()
    body = document.paragraphs[6]._p  # the memo's body paragraph, as a form field would hold it
    control = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent/></w:sdt>")
    body.addprevious(control)
    control[1].append(body)
    _paragraph(document, IIT_HEADING)
    _table(document, [["(1) มาตรการ", "ขั้นตอน", "สำนักปลัด", "✓", "", ""]])
    result = _import(_save(document, tmp_path), content)
    assert result.record.memo.body == [MEMO_LINES[5]]
    _passes_check(content)


def test_signatures_side_by_side_in_a_table(content: Path, tmp_path: Path) -> None:
    document = _memo(MEMO_LINES[:6], title=False)
    _table(
        document,
        [
            [
                "ลงชื่อ\n(นางสาวทดสอบ ระบบดี)\nนักวิเคราะห์นโยบายและแผน",
                "ลงชื่อ\n(นายรอง ทดสอบ)\nรองปลัด รักษาราชการแทน\nปลัดองค์การบริหารส่วนตำบลทดสอบ",
            ]
        ],
        header=[],
    )
    _paragraph(document, MEASURES_TITLE, bold=True)
    _paragraph(document, IIT_HEADING)
    _table(document, [["(1) มาตรการ", "ขั้นตอน", "สำนักปลัด", "✓", "", ""]])
    result = _import(_save(document, tmp_path), content)
    signatories = [s.model_dump(exclude_none=True) for s in result.record.memo.signatories]
    assert signatories == [
        {"name": "นางสาวทดสอบ ระบบดี", "position": "นักวิเคราะห์นโยบายและแผน"},
        {
            "name": "นายรอง ทดสอบ",
            "position": "รองปลัด",
            "acting": "รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลทดสอบ",
        },
    ]
    assert result.record.measures.introduction is None
    _passes_check(content)


def test_item_codes_come_from_measure_titles(content: Path, tmp_path: Path) -> None:
    document = _memo()
    _paragraph(document, OIT_HEADING)
    _table(
        document,
        [
            ["(1) สถิติการให้บริการ (ตัวชี้วัดข้อ O15)", "จัดทำสถิติ", "สำนักปลัด", "✓", "", ""],
            ["(2) ข้อที่ไม่มีในรายการ (O99) และ O15 ซ้ำ", "", "", "✓", "", ""],
        ],
    )
    result = _import(_save(document, tmp_path), content)
    oit = _measures(result, "OIT")
    assert oit[1].ita_items == ["O15"]
    assert oit[2].ita_items == ["O15"]
    assert any("O99" in w.thai and "O99" in w.english for w in result.warnings)
    assert "ita_items: [O15]" in result.text
    _passes_check(content)


def test_a_year_or_round_other_than_the_document_is_warned(content: Path, tmp_path: Path) -> None:
    document = _memo()
    _paragraph(document, IIT_HEADING)
    _table(document, [["(1) มาตรการ", "ขั้นตอน", "สำนักปลัด", "✓", "", ""]])
    result = _import(_save(document, tmp_path), content, 2566, 2)
    english = [w.english for w in result.warnings]
    assert any("fiscal year 2565" in e and "check --year" in e for e in english)
    _passes_check(content)


# ---- (i) errors ------------------------------------------------------------------------


def _assert_bilingual(error: DocxImportError) -> None:
    assert re.search(r"[\u0e00-\u0e7f]", error.thai)
    assert error.english.isascii() or re.search(r"[A-Za-z]{4}", error.english)
    assert str(error) == f"{error.thai}\n{error.english}"


def test_a_file_that_is_not_a_word_document(content: Path, tmp_path: Path) -> None:
    text = tmp_path / "รายงาน.docx"
    text.write_text("ไม่ใช่เอกสาร Word", encoding="utf-8")
    old_word = tmp_path / "รายงาน.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    other_zip = tmp_path / "ภาพ.docx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("image.txt", "not a Word package")
    for path, thai_words, english_words in (
        (text, "ไม่ใช่เอกสาร Word", "is not a Word document"),
        (other_zip, "ไม่ใช่เอกสาร Word", "is not a Word document"),
        (old_word, "แบบเก่า (.doc)", "old Word document (.doc)"),
        (tmp_path / "ไม่มี.docx", "ไม่พบไฟล์", "does not exist"),
    ):
        with pytest.raises(NotWordDocument) as caught:
            _import(path, content)
        _assert_bilingual(caught.value)
        assert thai_words in caught.value.thai, path
        assert english_words in caught.value.english, path
    assert not (content / TARGET).exists()


def test_a_table_without_the_expected_columns(content: Path, tmp_path: Path) -> None:
    document = _memo()
    _paragraph(document, IIT_HEADING)
    _table(document, [["การใช้งบประมาณ", "ประชุม", "ครบ"]], header=["กิจกรรม", "รายละเอียด", "ผล"])
    with pytest.raises(DocxImportError) as caught:
        _import(_save(document, tmp_path), content)
    _assert_bilingual(caught.value)
    assert "ตารางที่ 1" in caught.value.thai and "ไม่มีหัวคอลัมน์" in caught.value.thai
    assert "Table 1" in caught.value.english and "column headers" in caught.value.english

    document = _memo()
    _paragraph(document, IIT_HEADING)
    _table(document, [["(1) มาตรการ", "ขั้นตอน", "สำนักปลัด", "ดี"]], header=[*HEADER[:3], "ผล"])
    with pytest.raises(DocxImportError) as caught:
        _import(_save(document, tmp_path, "อีกฉบับ.docx"), content)
    assert "ขาด ทำ, ไม่ทำ, หมายเหตุ" in caught.value.thai
    assert "missing: ทำ, ไม่ทำ, หมายเหตุ" in caught.value.english
    assert not (content / TARGET).exists()


def test_a_document_without_a_memo_header(content: Path, tmp_path: Path) -> None:
    document = _memo([], title=True)
    _paragraph(document, IIT_HEADING)
    _table(document, [["(1) มาตรการ", "ขั้นตอน", "สำนักปลัด", "✓", "", ""]])
    with pytest.raises(DocxImportError) as caught:
        _import(_save(document, tmp_path), content)
    _assert_bilingual(caught.value)
    assert "ไม่พบหัวบันทึกข้อความ" in caught.value.thai
    assert "No memo header" in caught.value.english

    lines = [line for line in MEMO_LINES if not line.startswith("เรื่อง")]
    document = _memo(lines)
    with pytest.raises(DocxImportError) as caught:
        _import(_save(document, tmp_path, "ไม่มีเรื่อง.docx"), content)
    assert "ขาดบรรทัด เรื่อง" in caught.value.thai
    assert "lacks เรื่อง (subject)" in caught.value.english


def test_an_impossible_memo_date(content: Path, tmp_path: Path) -> None:
    lines = list(MEMO_LINES)
    lines[2] = "ที่ 12/2565\tวันที่ 31 กุมภาพันธ์ 2565"
    document = _memo(lines)
    _paragraph(document, IIT_HEADING)
    _table(document, [["(1) มาตรการ", "ขั้นตอน", "สำนักปลัด", "✓", "", ""]])
    with pytest.raises(DocxImportError) as caught:
        _import(_save(document, tmp_path), content)
    assert "มี 28 วัน" in caught.value.thai
    assert "February 2565 has 28 days" in caught.value.english


def test_a_document_without_measures_or_signatures(content: Path, tmp_path: Path) -> None:
    with pytest.raises(DocxImportError) as caught:
        _import(_save(_memo(), tmp_path), content)
    assert "ไม่พบตารางรายงานผลตามมาตรการ" in caught.value.thai
    assert "No measures table" in caught.value.english

    document = _memo(MEMO_LINES[:6])
    _paragraph(document, IIT_HEADING)
    _table(document, [["(1) มาตรการ", "ขั้นตอน", "สำนักปลัด", "✓", "", ""]])
    with pytest.raises(DocxImportError) as caught:
        _import(_save(document, tmp_path, "ไม่มีลงชื่อ.docx"), content)
    assert "ไม่พบผู้ลงนาม" in caught.value.thai
    assert "No signatory" in caught.value.english


def test_a_year_that_is_not_buddhist_era(content: Path, tmp_path: Path) -> None:
    with pytest.raises(DocxImportError) as caught:
        _import(_seed_docx(tmp_path / "seed.docx"), content, 2022, 1)
    assert "พ.ศ. 2565" in caught.value.thai and "B.E. 2565" in caught.value.english


def test_the_command_line_imports_and_refuses_to_overwrite(content, prongsai, tmp_path):
    """`prongsai import docx` end to end: the seed as a Word file becomes a round report."""
    target = content / "reports" / "2565-round-1.yml"
    docx_file = _seed_docx(tmp_path / "รายงาน 2565.docx")
    code, out, err = prongsai("import", "docx", str(docx_file), "--year", "2565", "--round", "1")
    assert code == 0, err
    assert target.is_file() and "prongsai check" in out
    code, _, err = prongsai("import", "docx", str(docx_file), "--year", "2565", "--round", "1")
    assert code == 1 and "Traceback" not in err
    code, _, err = prongsai("check")
    assert code == 0, err
