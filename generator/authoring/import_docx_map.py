"""Word import, step 2 of 3: the structure read by ``import_docx_read`` mapped to a round report.

The document is read in order, the way the seed memo is laid out:

1. the memo header, line by line, by its keys: ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน, ผ่าน
   (``ที่ … วันที่ …`` and ``เรียน … ผ่าน …`` may share a line);
2. the body: every paragraph up to the first signature;
3. signature blocks: ``ลงชื่อ`` (a role such as ผู้รายงาน after it or on the next line),
   ``(name)``, the position, and a ``รักษาราชการแทน …`` line;
4. after the last signature, the measures report: its title (the first paragraph, with the
   bold or centred paragraphs that follow it), the introduction, then per section a heading
   that ends in ``(IIT)``, ``(EIT)`` or ``(OIT)`` (a numbered heading such as ``1.2 …
   ผู้มีส่วนได้ส่วนเสียภายนอก`` is recognised by its words too) and a table whose columns
   are found by their header text (มาตรการ/แนวทาง, ขั้นตอนหรือวิธีการ, ผู้รับผิดชอบ, ทำ,
   ไม่ทำ, หมายเหตุ; also ผลการดำเนินการ and ลำดับ).

Tables laid out before the measures (signatures side by side) are read as paragraphs.
Whatever is not placed (a paragraph, a cell of an unknown column, text in a text box or a page
header) is listed in ``Mapped.unmapped`` so the clerk can check nothing was lost. Nothing is
written here: ``map_report`` returns the validated record; ``import_docx_write`` writes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from prongsai.authoring.import_docx_read import Blocks, DocxImportError, Grid, Para, Slot, Unmapped
from prongsai.content.records import RoundReportFile, Status
from prongsai.shared import thai
from prongsai.shared.messages import MESSAGES


@dataclass(frozen=True)
class Notice:
    """Something the clerk should check in the written file (Thai, then English)."""

    thai: str
    english: str


@dataclass(frozen=True)
class Mapped:
    """A Word document as a round report, with what the clerk must check."""

    record: RoundReportFile
    unmapped: tuple[Unmapped, ...]
    """Every paragraph or cell not placed, in document order, then the text of text boxes,
    nested tables and page headers and footers."""
    warnings: tuple[Notice, ...]


def map_report(blocks: Blocks, year: int, round_number: int, item_codes: set[str] | None) -> Mapped:
    """The round report of ``year`` and ``round_number`` in ``blocks``; ``item_codes`` are the
    OIT codes of the year's catalogue (None: any code is kept)."""
    reader = _Reader(blocks, year, round_number, item_codes)
    data = reader.report_data()
    try:
        record = RoundReportFile.model_validate(data)
    except ValidationError as error:
        details = "; ".join(
            f"{'.'.join(str(part) for part in e['loc'])}: {e['msg']}" for e in error.errors()
        )
        raise DocxImportError.of("docx_incomplete", details=details) from None
    return Mapped(record, tuple(reader.unmapped), tuple(reader.warnings))


# ---- recognising the parts ------------------------------------------------------------

_HEADER_KEYS = (
    ("issuing_unit", re.compile(r"^ส่วนราชการ\s*[:：]?\s*(?P<value>.*)$")),
    ("date", re.compile(r"^วันที่\s*[:：]?\s*(?P<value>.*)$")),
    ("document_number", re.compile(r"^ที่(?:\s*[:：]\s*|\s+|(?=[0-9๐-๙]))(?P<value>.*)$")),
    ("subject", re.compile(r"^เรื่อง\s*[:：]?\s*(?P<value>.*)$")),
    ("to", re.compile(r"^เรียน\s*[:：]?\s*(?P<value>.*)$")),
    ("via", re.compile(r"^ผ่าน(?:\s*[:：]\s*|\s+)(?P<value>.*)$")),  # not ผ่านมา … of the body
)
_MEMO_TITLE = "บันทึกข้อความ"
_REQUIRED_HEADER = {
    "issuing_unit": ("ส่วนราชการ", "ส่วนราชการ (issuing unit)"),
    "document_number": ("ที่", "ที่ (document number)"),
    "date": ("วันที่", "วันที่ (date)"),
    "subject": ("เรื่อง", "เรื่อง (subject)"),
    "to": ("เรียน", "เรียน (addressee)"),
}
_SIGN = re.compile(r"^[\(（]?\s*ลงชื่อ\s*[\)）]?\s*(?P<rest>.*)$")
_NAME = re.compile(r"^[\(（]\s*(?P<name>[^()（）]+?)\s*[\)）]$")
_ROLE = re.compile(r"^ผู้[\u0e00-\u0e7f]{2,24}$")
_ACTING = re.compile(r"(?:รักษาราชการแทน|ปฏิบัติราชการแทน|รักษาการแทน|รักษาการในตำแหน่ง)")
_DOTS = re.compile(r"[.…_\-–—·\s]+")

_CODE = r"(?P<code>IIT|EIT|OIT)"
_CONTINUED = r"(?:\s*[\(（]\s*ต่อ\s*[\)）])?"
_HEADING_NUMBER = r"(?:(?P<number>\d+(?:\.\d+)*)\.?\s+)?"
_HEADINGS = (
    re.compile(
        rf"^{_HEADING_NUMBER}(?P<title>.*?)\s*[\(（\[]\s*{_CODE}\s*[\)）\]]{_CONTINUED}\s*$"
    ),
    re.compile(rf"^{_HEADING_NUMBER}{_CODE}\s*[:：\-–]?\s*(?P<title>\S.*?){_CONTINUED}\s*$"),
)
_NUMBERED_HEADING = re.compile(rf"^(?P<number>\d+(?:\.\d+)+)\.?\s+(?P<title>.+?){_CONTINUED}$")
_HEADING_WORDS = (
    ("IIT", ("ส่วนได้ส่วนเสียภายใน",)),
    ("EIT", ("ส่วนได้ส่วนเสียภายนอก",)),
    ("OIT", ("เปิดเผยข้อมูล",)),
)
_DEFAULT_SECTION_TITLES = {
    "IIT": "การปรับปรุงการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
    "EIT": "การปรับปรุงการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
    "OIT": "การปรับปรุงการเปิดเผยข้อมูล",
}

# Column roles by header text (Thai letters only), in this order: the first match wins.
_COLUMN_ROLES = (
    ("remarks", re.compile(r"หมายเหตุ")),
    ("not_done", re.compile(r"ไม่ทำ|ไม่ได้ทำ|ไม่(?:ได้)?ดำเนินการ")),
    ("done", re.compile(r"^(?:ทำ|ทำแล้ว|ได้ทำ|ดำเนินการ|ดำเนินการแล้ว|ได้ดำเนินการ)$")),
    ("actions", re.compile(r"ผลการดำเนิน|ผลการปฏิบัติ")),
    ("responsible", re.compile(r"รับผิดชอบ")),
    ("steps", re.compile(r"ขั้นตอน|วิธีการ|วิธีดำเนินการ")),
    ("title", re.compile(r"มาตรการ|แนวทาง")),
    ("number", re.compile(r"^(?:ลำดับ|ลำดับที่|ที่|ข้อ)$")),
    ("group", re.compile(r"สถานะ|การดำเนินการ")),
)
_COLUMN_NAMES = {
    "title": "มาตรการ/แนวทาง",
    "steps": "ขั้นตอนหรือวิธีการ",
    "responsible": "ผู้รับผิดชอบ",
    "done": "ทำ",
    "not_done": "ไม่ทำ",
    "remarks": "หมายเหตุ",
}
_MARKS = re.compile(r"[\s✓✔☑✅√✗✘☒×xX/]+")
_EMPTY_MARKS = re.compile(r"[\s\-–—☐□]*")
_MARK_WORDS = {
    "ทำ",
    "ทำแล้ว",
    "ไม่ทำ",
    "ดำเนินการ",
    "ดำเนินการแล้ว",
    "ไม่ดำเนินการ",
    "ไม่ได้ดำเนินการ",
    "ยังไม่ดำเนินการ",
    "ยังไม่ได้ดำเนินการ",
}
_MEASURE_NUMBER = re.compile(r"^\s*(?:[\(（]\s*(\d{1,3})\s*[\)）]|(\d{1,3})\s*[.)](?!\d))\s*")
_ITEM_CODE = re.compile(r"(?<![A-Za-z0-9])O\s?(\d{1,3})(?!\d)")
_BULLET = "-–—•●▪◦·➢►"


def _header_key(line: str) -> tuple[str | None, str]:
    probe = thai.to_arabic_digits(line)
    for key, pattern in _HEADER_KEYS:
        match = pattern.match(probe)
        if match:
            return key, line[match.start("value") :].strip()
    return None, line


def _is_name_line(line: str) -> str | None:
    match = _NAME.match(line)
    if not match:
        return None
    name = " ".join(match["name"].split())
    if (
        " " in name
        and re.match(r"[\u0e00-\u0e7f]", name)
        and not re.search(r"[0-9๐-๙]", name)
        and not name.startswith("ลงชื่อ")
        and len(name) <= 80
    ):
        return name
    return None


def _is_signature_start(line: str) -> bool:
    return bool(_SIGN.match(line)) or _is_name_line(line) is not None


def _section_heading(text: str) -> tuple[str, str | None, str] | None:
    """(code, number, title) of a section heading, or None."""
    if not text or len(text) > 250:
        return None
    probe = thai.to_arabic_digits(text)
    for pattern in _HEADINGS:
        match = pattern.match(probe)
        if match:
            title = text[match.start("title") : match.end("title")].strip(" :：-–")
            return match["code"], match["number"], title or _DEFAULT_SECTION_TITLES[match["code"]]
    match = _NUMBERED_HEADING.match(probe) if len(text) <= 120 else None
    if match:
        squeezed = re.sub(r"\s+", "", text)
        for code, words in _HEADING_WORDS:
            if any(word in squeezed for word in words):
                return code, match["number"], text[match.start("title") : match.end("title")]
    return None


def _column_role(text: str) -> str | None:
    letters = re.sub(r"[^\u0e00-\u0e7f]", "", text.replace("\u0e4d\u0e32", "\u0e33"))
    if not letters:
        return None
    for role, pattern in _COLUMN_ROLES:
        if pattern.search(letters):
            return role
    return None


def _header_roles(row: list[Slot], *, strict: bool = False) -> dict[int, str | None] | None:
    """Column → role (None for a column of its own) when the row reads as a header row: two
    known column names at least, and no more unknown texts than known ones (none if
    ``strict``, for the second row of a header)."""
    roles: dict[int, str | None] = {}
    known = unknown = 0
    for column, slot in enumerate(row):
        if not slot.text:
            continue
        if len(slot.text) > 40 or _MEASURE_NUMBER.match(thai.to_arabic_digits(slot.text)):
            return None  # a header is a few words, never a numbered measure
        role = _column_role(slot.text)
        known, unknown = (known + 1, unknown) if role else (known, unknown + 1)
        for spanned in range(column, column + max(slot.span, 1)):
            roles[spanned] = role
    if known < 2 or unknown > (0 if strict else known):
        return None
    return roles


def _row_key(row: list[Slot]) -> tuple[str, ...]:
    return tuple(re.sub(r"\s+", "", slot.text) for slot in row)


@dataclass
class _Header:
    first: int
    """The first header row."""
    end: int
    """The first row after the header."""
    roles: dict[int, str]
    """Column → role; a column without a role is reported, not imported."""
    names: dict[int, str]
    """Column → its header text, to name it in the report."""
    rows: set[tuple[str, ...]]
    """The header rows' texts: a row repeating them (after a page break) is skipped."""


def _find_header(grid: Grid) -> _Header | None:
    """The header of a measures table, within its first three rows, or None.

    The header may take two rows (ผลการดำเนินการ over ทำ | ไม่ทำ): the lower row's role wins.
    """
    for first in range(min(3, len(grid.rows))):
        roles = _header_roles(grid.rows[first])
        if roles is None:
            continue
        end = first + 1
        while end < len(grid.rows) and end < first + 3:
            more = _header_roles(grid.rows[end], strict=True)
            if more is None:
                break
            roles.update({c: r for c, r in more.items() if r is not None})
            end += 1
        names: dict[int, str] = {}
        for row in grid.rows[first:end]:
            for column, slot in enumerate(row):
                if slot.text:
                    for spanned in range(column, column + max(slot.span, 1)):
                        names[spanned] = _one_line(slot.text)
        return _Header(
            first,
            end,
            {c: r for c, r in roles.items() if r is not None and r != "group"},
            names,
            {_row_key(row) for row in grid.rows[first:end]},
        )
    return None


def _is_mark(text: str) -> bool:
    return bool(_MARKS.fullmatch(text)) or text.replace(" ", "") in _MARK_WORDS


def _unticked(text: str) -> str:
    return text.strip().strip("✓✔☑✅√").strip()


def _is_blank(text: str) -> bool:
    return bool(_EMPTY_MARKS.fullmatch(text))


def _items(parts: list[str]) -> list[str]:
    """A cell's text as list items: "(1) … (2) …", "1. … 2. …" and "- …" split; else one item."""
    text = "\n".join(p for p in parts if p.strip())
    if not text.strip():
        return []
    probe = thai.to_arabic_digits(text)
    for style in ("paren", "dot"):
        cuts = _numbered_cuts(probe, style)
        if cuts:
            return _cut(text, cuts)
    if any(line[:1] and line[:1] in _BULLET for line in text.split("\n")):
        starts = [
            match.start(1)
            for match in re.finditer(rf"(?:^|(?<=\s))([{_BULLET}])\s*(?=[^\d\s])", text, re.M)
        ]
        if starts:
            return _cut(text, [(s, s + 1) for s in starts])
    return [_one_line(text)]


def _numbered_cuts(probe: str, style: str) -> list[tuple[int, int]]:
    cuts: list[tuple[int, int]] = []
    position = 0
    number = 1
    while True:
        if style == "paren":
            pattern = rf"(?:^|(?<=\s))[\(（]\s*{number}\s*[\)）]\s*"
        else:
            pattern = rf"(?:^|(?<=\s)){number}\s*[.)](?!\d)\s*"
        match = re.compile(pattern, re.M).search(probe, position)
        if not match:
            break
        cuts.append((match.start(), match.end()))
        position = match.end()
        number += 1
    if not cuts:
        return []
    first = cuts[0][0]
    at_line_start = first == 0 or probe[first - 1] == "\n"
    return cuts if at_line_start or len(cuts) >= 2 else []


def _cut(text: str, cuts: list[tuple[int, int]]) -> list[str]:
    items = [_one_line(text[: cuts[0][0]])]
    for index, (_, end) in enumerate(cuts):
        stop = cuts[index + 1][0] if index + 1 < len(cuts) else len(text)
        items.append(_one_line(text[end:stop].lstrip(_BULLET)))
    return [item for item in items if item]


def _one_line(text: str) -> str:
    return " ".join(text.split())


# ---- building the report --------------------------------------------------------------


@dataclass
class _MeasureDraft:
    where: tuple[str, str]
    title: list[str] = field(default_factory=list)
    number_cell: list[str] = field(default_factory=list)
    cells: dict[str, list[str]] = field(default_factory=dict)

    def add(self, role: str, text: str) -> None:
        if role == "title":
            self.title.append(text)
        elif role == "number":
            self.number_cell.append(text)
        else:
            self.cells.setdefault(role, []).append(text)


@dataclass
class _SectionDraft:
    code: str
    number: str | None
    title: str
    measures: list[_MeasureDraft] = field(default_factory=list)


class _Reader:
    def __init__(
        self, blocks: Blocks, year: int, round_number: int, item_codes: set[str] | None
    ) -> None:
        self.blocks = blocks
        self.year = year
        self.round = round_number
        self.item_codes = item_codes
        self.unmapped: list[Unmapped] = []
        self.warnings: list[Notice] = []
        self.sections: dict[str, _SectionDraft] = {}

    # -- the whole document --

    def report_data(self) -> dict[str, Any]:
        items = self.blocks.items
        anchor = next((i for i, block in enumerate(items) if self._is_anchor(block)), None)
        before = self._paragraphs(items if anchor is None else items[:anchor])
        memo, rest = self._memo(before)
        if anchor is None:
            raise DocxImportError.of("docx_no_measures_table")
        title, introduction = self._title(rest)
        self._measures(items[anchor:])
        self._check_year_and_round([memo["subject"], title])
        measures: dict[str, Any] = {"title": title}
        if introduction:
            measures["introduction"] = introduction
        measures["sections"] = [self._section_data(s) for s in self.sections.values()]
        self.unmapped.extend(self.blocks.extra)
        return {
            "fiscal_year": self.year,
            "round": self.round,
            "memo": memo,
            "measures": measures,
        }

    def _is_anchor(self, block: Para | Grid) -> bool:
        if isinstance(block, Para):
            return _section_heading(block.one_line) is not None
        return _find_header(block) is not None

    def _paragraphs(self, blocks: list[Para | Grid]) -> list[Para]:
        """The memo's paragraphs; a layout table (signatures side by side) read cell by cell."""
        paragraphs: list[Para] = []
        for block in blocks:
            if isinstance(block, Para):
                if block.text:
                    paragraphs.append(block)
                continue
            for r, row in enumerate(block.rows, start=1):
                for c, slot in enumerate(row, start=1):
                    if slot.text:
                        where = (
                            f"ตารางที่ {block.number} แถวที่ {r} ช่องที่ {c}",
                            f"table {block.number}, row {r}, column {c}",
                        )
                        paragraphs.extend(Para(p, where) for p in slot.text.split("\n"))
        return paragraphs

    def _unmap(self, where: tuple[str, str], text: str) -> None:
        if text.strip():
            self.unmapped.append(Unmapped(where[0], where[1], text))

    def _warn(self, code: str, /, **context: object) -> None:
        message = MESSAGES[code]
        self.warnings.append(
            Notice(message.thai.format(**context), message.english.format(**context))
        )

    # -- the memo --

    def _memo(self, paragraphs: list[Para]) -> tuple[dict[str, Any], list[Para]]:
        """The memo (header, body, signatories) and the paragraphs after its signatures."""
        fields, body_start = self._memo_header(paragraphs)
        _check_header(fields)
        body, signature_start = _memo_body(paragraphs, body_start)
        signatories, rest = self._signatories(paragraphs[signature_start:])
        memo: dict[str, Any] = {
            "issuing_unit": " ".join(fields["issuing_unit"]),
            "document_number": thai.to_arabic_digits(" ".join(fields["document_number"])),
            "date": self._date(" ".join(fields["date"])),
            "subject": " ".join(fields["subject"]),
            "to": " ".join(fields["to"]),
        }
        if fields.get("via"):
            memo["via"] = " ".join(fields["via"])
        memo["body"] = body
        memo["signatories"] = signatories
        return memo, rest

    def _memo_header(self, paragraphs: list[Para]) -> tuple[dict[str, list[str]], int]:
        """The header's lines by key, and the index of the first paragraph after the header
        (after เรียน and its ผ่าน, or at the first signature)."""
        fields: dict[str, list[str]] = {}
        last_key: str | None = None
        for index, paragraph in enumerate(paragraphs):
            first_key, _ = _header_key(paragraph.lines[0])
            if "to" in fields and first_key != "via":
                return fields, index
            if _is_signature_start(paragraph.lines[0]) and fields:
                return fields, index
            for line in paragraph.lines:
                last_key = self._header_line(line, paragraph, fields, last_key)
        return fields, len(paragraphs)

    def _header_line(
        self, line: str, paragraph: Para, fields: dict[str, list[str]], last_key: str | None
    ) -> str | None:
        """One line of the header put in ``fields``; the key that a next line continues."""
        key, value = _header_key(line)
        if key is None:
            if line == _MEMO_TITLE and not fields:
                return last_key
            if last_key in ("subject", "to", "via"):
                fields[last_key].append(line)
            else:
                self._unmap(paragraph.where, line)
            return last_key
        if key in fields:
            self._unmap(paragraph.where, line)
            return last_key
        value = self._split_header_value(key, value, fields, paragraph)
        fields[key] = [value] if value else []
        return key

    def _split_header_value(
        self, key: str, value: str, fields: dict[str, list[str]], paragraph: Para
    ) -> str:
        """Keys sharing a line: ที่ … วันที่ …, เรียน … ผ่าน …; ส่วนราชการ … โทร. … ."""
        splits = {
            "document_number": ("date", r"\s+วันที่\s*[:：]?\s*"),
            "to": ("via", r"\s+ผ่าน\s+"),
            "issuing_unit": (None, r"\s+(?=โทร(?:ศัพท์|\.|สาร)?\s*[:：]?\s*[0-9๐-๙])"),
        }
        if key not in splits:
            return value
        other, pattern = splits[key]
        parts = re.split(pattern, value, maxsplit=1)
        if len(parts) == 1:
            return value
        if other is None:
            self._unmap(paragraph.where, parts[1])
        elif other not in fields:
            fields[other] = [parts[1]]
        else:
            self._unmap(paragraph.where, parts[1])
        return parts[0]

    def _date(self, text: str) -> str:
        cleaned = re.sub(r"(?:^|\s)เดือน\s*", " ", text).strip()
        try:
            return thai.format_date(thai.parse_be_date(cleaned))
        except thai.ThaiDateError as error:
            message = MESSAGES[error.reason]
            context = {"source": f'"{text}"', **error.context}
            raise DocxImportError.of(
                "docx_memo_date",
                problem_th=message.thai.format(**context),
                problem_en=message.english.format(**context),
            ) from None

    def _signatories(self, paragraphs: list[Para]) -> tuple[list[dict[str, str]], list[Para]]:
        """The signature blocks, and the paragraphs after the last one (the measures' title)."""
        lines = [(line, index) for index, p in enumerate(paragraphs) for line in p.lines]
        starts = [i for i, (line, _) in enumerate(lines) if _is_signature_start(line)]
        signatories: list[dict[str, str]] = []
        i = 0
        end_paragraph = 0
        while i < len(lines):
            if not _is_signature_start(lines[i][0]):
                if not any(s > i for s in starts):
                    break
                self._unmap(paragraphs[lines[i][1]].where, lines[i][0])
                i += 1
                continue
            signatory, i = self._signature_block(lines, i, paragraphs)
            if signatory is not None:
                signatories.append(signatory)
            end_paragraph = lines[i - 1][1] + 1
            if not any(s >= i for s in starts):
                while i < len(lines) and lines[i][1] < end_paragraph:
                    self._unmap(paragraphs[lines[i][1]].where, lines[i][0])  # rest of its line
                    i += 1
                break
        if not signatories:
            raise DocxImportError.of("docx_no_complete_signatory")
        return signatories, paragraphs[end_paragraph:]

    def _signature_block(
        self, lines: list[tuple[str, int]], i: int, paragraphs: list[Para]
    ) -> tuple[dict[str, str] | None, int]:
        """The signatory whose block starts at ``lines[i]``, and the line after the block;
        None (its lines unmapped, a warning) when it lacks the name or the position."""
        start = i
        name, role, i = _signer(lines, i)
        position: list[str] = []
        if name is not None:
            position, i = _position(lines, i)
        if name is None or not position:
            where = paragraphs[lines[start][1]].where
            for line, _ in lines[start:i]:
                self._unmap(where, line)
            self._warn("docx_signature_skipped", where_th=where[0], where_en=where[1])
            return None, max(i, start + 1)
        text = " ".join(position)
        acting: str | None = None
        match = _ACTING.search(text)
        if match:
            text, acting = text[: match.start()].strip(), text[match.start() :].strip()
        acting, role, i = _acting_and_role(lines, i, acting, role)
        return _signatory(name, text, acting, role), i

    # -- the measures report --

    def _title(self, paragraphs: list[Para]) -> tuple[str, str | None]:
        if not paragraphs:
            title = (
                f"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ {self.year}"
            )
            self._warn("docx_no_title", title=title)
            return title, None
        first = paragraphs[0]
        taken = 1
        while taken < len(paragraphs) and (
            (first.bold and paragraphs[taken].bold) or (first.centred and paragraphs[taken].centred)
        ):
            taken += 1
        title = " ".join(p.one_line for p in paragraphs[:taken])
        introduction = "\n\n".join(p.one_line for p in paragraphs[taken:])
        return title, introduction or None

    def _measures(self, blocks: list[Para | Grid]) -> None:
        current: _SectionDraft | None = None
        header: _Header | None = None
        width = 0
        after_heading = True  # the next table is meant as a measures table
        for block in blocks:
            if isinstance(block, Para):
                if not block.text:
                    continue
                heading = _section_heading(block.one_line)
                if heading:
                    current = self._open_section(heading)
                    after_heading = True
                else:
                    self._unmap(block.where, block.text)
                continue
            if not any(slot.text for row in block.rows for slot in row):
                continue
            found = _find_header(block)
            if found is not None:
                header, width, start = found, block.width, found.end
                self._check_columns(block, header.roles)
                for r in range(header.first):
                    current = self._loose_row(block, r, current, header)
            elif header is not None and block.width == width:
                start = 0  # the table goes on after a page break, without its header
            elif after_heading or header is None:
                raise self._no_columns(block, set())
            else:
                self._unmap_table(block)
                continue
            after_heading = False
            current = self._rows(block, start, header, current)

    def _unmap_table(self, grid: Grid) -> None:
        for r, row in enumerate(grid.rows):
            for c, slot in enumerate(row):
                self._unmap(self._row_where(grid, r, c, None), slot.text)

    def _check_columns(self, grid: Grid, roles: dict[int, str]) -> None:
        found = set(roles.values())
        if "title" not in found or not found & {"done", "not_done"}:
            raise self._no_columns(grid, found)

    def _no_columns(self, grid: Grid, found: set[str]) -> DocxImportError:
        missing = [n for role, n in _COLUMN_NAMES.items() if role not in found]
        return DocxImportError.of("docx_no_columns", table=grid.number, missing=", ".join(missing))

    def _open_section(self, heading: tuple[str, str | None, str]) -> _SectionDraft:
        code, number, title = heading
        if code not in self.sections:
            self.sections[code] = _SectionDraft(code, number, title)
        return self.sections[code]

    def _row_where(
        self, grid: Grid, r: int, column: int | None = None, header: _Header | None = None
    ) -> tuple[str, str]:
        where = (f"ตารางที่ {grid.number} แถวที่ {r + 1}", f"table {grid.number}, row {r + 1}")
        if column is None:
            return where
        name = header.names.get(column) if header is not None else None
        if name:
            return (f'{where[0]} ช่อง "{name}"', f'{where[1]}, column "{name}"')
        return (f"{where[0]} ช่องที่ {column + 1}", f"{where[1]}, column {column + 1}")

    def _loose_row(
        self, grid: Grid, r: int, current: _SectionDraft | None, header: _Header
    ) -> _SectionDraft | None:
        """A row outside the measures (above the header, or one cell across the table)."""
        texts = [slot.text for slot in grid.rows[r] if slot.text]
        heading = _section_heading(_one_line(" ".join(texts)))
        if heading:
            return self._open_section(heading)
        self._unmap(self._row_where(grid, r), "\n".join(texts))
        return current

    def _rows(
        self,
        grid: Grid,
        start: int,
        header: _Header | None,
        current: _SectionDraft | None,
    ) -> _SectionDraft | None:
        assert header is not None
        roles = header.roles
        for r in range(start, len(grid.rows)):
            row = grid.rows[r]
            filled = [c for c, slot in enumerate(row) if slot.text]
            if not filled or _row_key(row) in header.rows:
                continue  # an empty row, or the header repeated after a page break
            if len(filled) == 1 and row[filled[0]].span >= max(2, grid.width // 2):
                current = self._loose_row(grid, r, current, header)
                continue
            if current is None:
                raise DocxImportError.of("docx_table_no_section", table=grid.number)
            starts_measure = any(
                row[c].text and roles.get(c) in ("title", "number") for c in filled
            )
            if starts_measure:
                draft = _MeasureDraft(self._row_where(grid, r))
                current.measures.append(draft)
            elif current.measures:
                draft = current.measures[-1]  # the previous measure, split over a page break
            else:
                self._unmap(self._row_where(grid, r), "\n".join(row[c].text for c in filled))
                self._warn("docx_row_no_measure", row=r + 1, table=grid.number)
                continue
            for c in filled:
                role = roles.get(c)
                if role is None:
                    self._unmap(self._row_where(grid, r, c, header), row[c].text)
                else:
                    draft.add(role, row[c].text)
        return current

    def _section_data(self, section: _SectionDraft) -> dict[str, Any]:
        data: dict[str, Any] = {"code": section.code}
        if section.number:
            data["number"] = section.number
        data["title"] = section.title
        measures = []
        used: set[int] = set()
        for position, draft in enumerate(section.measures, start=1):
            measures.append(self._measure_data(section, draft, position, used))
        data["measures"] = measures
        return data

    def _measure_data(
        self, section: _SectionDraft, draft: _MeasureDraft, position: int, used: set[int]
    ) -> dict[str, Any]:
        number, title = _number_and_title(draft)
        if not title:
            raise DocxImportError.of(
                "docx_measure_no_title",
                where_th=draft.where[0],
                section=section.code,
                where_en=draft.where[1],
            )
        number = self._measure_number(section, draft, number, position, used)
        cells = draft.cells
        done_text = [t for t in cells.get("done", []) if not _is_blank(t)]
        not_done_text = [t for t in cells.get("not_done", []) if not _is_blank(t)]
        actions = _items(cells.get("actions", []))
        actions += _items([_unticked(t) for t in done_text if not _is_mark(t)])
        actions += _items([_unticked(t) for t in not_done_text if not _is_mark(t)])
        data: dict[str, Any] = {"number": number, "title": title}
        data["steps"] = _items(cells.get("steps", []))
        data["responsible"] = _items(cells.get("responsible", []))
        status = self._status(section, number, bool(done_text), bool(not_done_text))
        if status is not None:
            data["status"] = status.value
        data["actions"] = actions
        remarks = _one_line(" ".join(t for t in cells.get("remarks", []) if not _is_blank(t)))
        if remarks:
            data["remarks"] = remarks
        codes = self._item_codes_of(title, section, number)
        if codes:
            data["ita_items"] = codes
        return data

    def _measure_number(
        self,
        section: _SectionDraft,
        draft: _MeasureDraft,
        number: int | None,
        position: int,
        used: set[int],
    ) -> int:
        """``number`` if it is new in the section, else its position (or the next free one)
        with a warning; added to ``used``."""
        if number is None or number < 1 or number in used:
            chosen = position if position not in used else max(used) + 1
            if number is not None:
                self._warn(
                    "docx_measure_renumbered",
                    number=number,
                    section=section.code,
                    where_th=draft.where[0],
                    chosen=chosen,
                    where_en=draft.where[1],
                )
            number = chosen
        used.add(number)
        return number

    def _status(
        self, section: _SectionDraft, number: int, done: bool, not_done: bool
    ) -> Status | None:
        """The status ticked in ทำ or ไม่ทำ; none (and a warning) when both are filled in."""
        if done and not_done:
            self._warn("docx_both_statuses", number=number, section=section.code)
            return None
        if done:
            return Status.DONE
        if not_done:
            return Status.NOT_DONE
        return None

    def _item_codes_of(self, title: str, section: _SectionDraft, number: int) -> list[str]:
        codes: list[str] = []
        for match in _ITEM_CODE.finditer(thai.to_arabic_digits(title)):
            code = f"O{int(match[1])}"
            if code in codes:
                continue
            if self.item_codes is not None and code not in self.item_codes:
                self._warn(
                    "docx_item_unknown",
                    number=number,
                    section=section.code,
                    code=code,
                    year=self.year,
                )
                continue
            codes.append(code)
        return codes

    def _check_year_and_round(self, texts: list[str]) -> None:
        for text in texts:
            probe = thai.to_arabic_digits(text)
            for found in re.finditer(r"ปีงบประมาณ\s*(?:พ\.ศ\.\s*)?(\d{4})", probe):
                if int(found[1]) != self.year:
                    self._warn("docx_year_differs", text=text, found_year=found[1], year=self.year)
                    return
            months = re.search(r"รอบ\s*(6|12)\s*เดือน", probe)
            if months and {"6": 1, "12": 2}[months[1]] != self.round:
                self._warn("docx_round_differs", text=text, months=months[1], round=self.round)
                return


# ---- signature blocks -------------------------------------------------------------------


def _signer(lines: list[tuple[str, int]], i: int) -> tuple[str | None, str | None, int]:
    """The name and role of the block starting at ``lines[i]`` (a ลงชื่อ line, the name in
    brackets on it or on a following line; or the bracketed name alone), and the next line."""
    sign = _SIGN.match(lines[i][0])
    if not sign:
        return _is_name_line(lines[i][0]), None, i + 1
    name: str | None = None
    rest = sign["rest"]
    found = re.search(r"[\(（][^()（）]+[\)）]", rest)
    if found and _is_name_line(found.group()):
        name = _is_name_line(found.group())
        rest = rest[: found.start()] + " " + rest[found.end() :]
    role = _one_line(_DOTS.sub(" ", rest)) or None
    i += 1
    while i < len(lines) and name is None:
        line = lines[i][0]
        if _is_name_line(line):
            name = _is_name_line(line)
        elif _ROLE.match(line) and role is None:
            role = line
        elif _DOTS.fullmatch(line) is None:
            break
        i += 1
    return name, role, i


def _position(lines: list[tuple[str, int]], i: int) -> tuple[list[str], int]:
    """The position: the lines of the paragraph at ``lines[i]`` up to the next signature."""
    position: list[str] = []
    if i >= len(lines) or _is_signature_start(lines[i][0]):
        return position, i
    paragraph = lines[i][1]
    while i < len(lines) and lines[i][1] == paragraph and not _is_signature_start(lines[i][0]):
        position.append(lines[i][0])
        i += 1
    return position, i


def _acting_and_role(
    lines: list[tuple[str, int]], i: int, acting: str | None, role: str | None
) -> tuple[str | None, str | None, int]:
    """The lines after the position: a รักษาราชการแทน … line (and its continuation after a
    bare รักษาราชการแทน), a role such as ผู้รายงาน."""
    while i < len(lines) and not _is_signature_start(lines[i][0]):
        line = lines[i][0]
        if acting is not None and _ACTING.fullmatch(acting):
            acting = f"{acting} {line}"
        elif acting is None and _ACTING.match(line):
            acting = line
        elif role is None and _ROLE.match(line):
            role = line
        else:
            break
        i += 1
    return acting, role, i


def _signatory(name: str, text: str, acting: str | None, role: str | None) -> dict[str, str]:
    # A block whose position is only "รักษาราชการแทน …" keeps that line as the position.
    signatory = {"name": name, "position": text or acting or ""}
    if not text and acting:
        acting = None
    if role:
        signatory["role"] = role
    if acting:
        signatory["acting"] = acting
    return signatory


# ---- the memo ---------------------------------------------------------------------------


def _check_header(fields: dict[str, list[str]]) -> None:
    if not any(fields.get(key) for key in _REQUIRED_HEADER):
        raise DocxImportError.of("docx_no_memo_header")
    missing = [names for key, names in _REQUIRED_HEADER.items() if not fields.get(key)]
    if missing:
        raise DocxImportError.of(
            "docx_memo_header_missing",
            missing_th=", ".join(th for th, _ in missing),
            missing_en=", ".join(en for _, en in missing),
        )


def _memo_body(paragraphs: list[Para], body_start: int) -> tuple[list[str], int]:
    """The body's paragraphs (from ``body_start`` to the first signature) and the index of
    the first signature."""
    signature_start = next(
        (
            i
            for i in range(body_start, len(paragraphs))
            if _is_signature_start(paragraphs[i].lines[0])
        ),
        None,
    )
    if signature_start is None:
        raise DocxImportError.of("docx_no_signatory")
    body = [p.one_line for p in paragraphs[body_start:signature_start]]
    if not body:
        raise DocxImportError.of("docx_no_body")
    return body, signature_start


# ---- measures ---------------------------------------------------------------------------


def _number_and_title(draft: _MeasureDraft) -> tuple[int | None, str]:
    """The measure's number (its ลำดับ cell, else a "1." or "(1)" before the title) and its
    title without that number."""
    title = _one_line(" ".join(draft.title))
    number: int | None = None
    digits = thai.to_arabic_digits(_one_line(" ".join(draft.number_cell)))
    found = re.search(r"\d+", digits)
    if found:
        number = int(found.group())
    match = _MEASURE_NUMBER.match(thai.to_arabic_digits(title))
    if match:
        number = number or int(match[1] or match[2])
        title = title[match.end() :].strip()
    return number, title
