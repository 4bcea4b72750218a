"""Word import, step 1 of 3: a .docx read into a neutral structure of paragraphs and tables.

Nothing here knows the report: paragraphs come out as ``Para`` (cleaned text, bold, centred,
where it is), tables as ``Grid`` (rows of ``Slot``, merged cells resolved to spans), in
document order, also inside content controls. Tabs, line breaks and symbol-font ticks are
kept; deleted revisions and field codes are left out. Text outside the flow (text boxes,
nested tables, page headers and footers) goes to ``Blocks.extra`` so that the import can
report it as not placed. ``import_docx_map`` turns the structure into a round report.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.table import Table
from docx.text.paragraph import Paragraph

from prongsai.shared.messages import MESSAGES

# ---- errors and what is left out ------------------------------------------------------


class DocxImportError(Exception):
    """The document cannot be imported; ``thai`` and ``english`` say why and what to do."""

    def __init__(self, thai_text: str, english_text: str) -> None:
        super().__init__(f"{thai_text}\n{english_text}")
        self.thai = thai_text
        self.english = english_text

    @classmethod
    def of(cls, code: str, /, **context: object) -> Self:
        """The error of the catalogue entry ``code`` (messages.py), filled with ``context``."""
        message = MESSAGES[code]
        return cls(message.thai.format(**context), message.english.format(**context))


class NotWordDocument(DocxImportError):
    """The file is not a Word document (.docx) that can be read."""


@dataclass(frozen=True)
class Unmapped:
    """A piece of the document the import did not place in the report."""

    where_thai: str
    where_english: str
    text: str


# ---- reading the .docx ------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED_TAGS = {
    _W + "pPr",
    _W + "rPr",
    _W + "del",
    _W + "delText",
    _W + "moveFrom",
    _W + "instrText",
    _MC_FALLBACK,
}
# Symbol fonts: what a tick or a cross typed with Insert > Symbol means; "" is an empty box.
_SYMBOLS = {
    "wingdings": {0xFC: "✓", 0xFE: "☑", 0xFB: "✗", 0xFD: "☒", 0xA8: "", 0x6F: ""},
    "wingdings 2": {0x50: "✓", 0x52: "☑", 0x4F: "✗", 0x53: "☒", 0xA3: ""},
    "symbol": {0xD6: "√"},
}


def read_docx(path: Path) -> Blocks:
    """The paragraphs and tables of the Word file ``path``, in order, and the text outside
    the flow; NotWordDocument when it is not a .docx that python-docx can open."""
    return _read_blocks(_open(path))


def _open(path: Path) -> Any:
    not_word = NotWordDocument.of("docx_not_word", file=path.name)
    if not path.is_file():
        raise NotWordDocument.of("docx_file_missing", path=path)
    with path.open("rb") as stream:
        start = stream.read(8)
    if start.startswith(b"\xd0\xcf\x11\xe0"):
        raise NotWordDocument.of("docx_old_format", file=path.name)
    if not zipfile.is_zipfile(path):
        raise not_word
    try:
        return docx.Document(str(path))
    except Exception:  # python-docx raises many kinds for a damaged or foreign package
        raise not_word from None


def _clean(text: str) -> str:
    """Lines of text with runs of spaces collapsed, empty lines dropped, ำ composed."""
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    text = re.sub("[\u200b\u200c\u200d\ufeff\u00ad]", "", text)
    lines = (re.sub(r"[^\S\n]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _symbol_font(name: str | None) -> dict[int, str] | None:
    return _SYMBOLS.get((name or "").strip().lower())


def _decode(text: str, font: dict[int, str] | None) -> str:
    if font is None:
        return text
    return "".join(font.get(ord(char) & 0xFF, "") for char in text)


def _run_font(run: Any) -> dict[int, str] | None:
    fonts = run.find(f"{_W}rPr/{_W}rFonts")
    if fonts is None:
        return None
    return _symbol_font(fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi"))


def _element_text(element: Any, boxes: list[str]) -> str:
    """The text of a paragraph: tabs, line breaks and symbol ticks kept; deleted revisions,
    field codes and text boxes left out (text-box text goes to ``boxes``)."""
    out: list[str] = []

    def walk(node: Any, font: dict[int, str] | None) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED_TAGS:
                continue
            if tag == _W + "txbxContent":
                texts = [_clean(_element_text(p, boxes)) for p in child.iter(_W + "p")]
                box = "\n".join(t for t in texts if t)
                if box:
                    boxes.append(box)
            elif tag == _W + "r":
                walk(child, _run_font(child))
            elif tag == _W + "t":
                out.append(_decode(child.text or "", font))
            elif tag == _W + "tab":
                out.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                out.append("\n")
            elif tag == _W + "noBreakHyphen":
                out.append("-")
            elif tag == _W + "sym":
                table = _symbol_font(child.get(_W + "font")) or {}
                out.append(table.get(int(child.get(_W + "char") or "0", 16) & 0xFF, ""))
            else:
                walk(child, font)

    walk(element, None)
    return "".join(out)


def _block_elements(container: Any) -> Iterator[Any]:
    """Paragraphs and tables of a body or cell, in order, also inside content controls."""
    for child in container:
        if child.tag in (_W + "p", _W + "tbl"):
            yield child
        elif child.tag in (_W + "sdt", _W + "customXml"):
            content = child.find(_W + "sdtContent")
            yield from _block_elements(content if content is not None else child)


@dataclass
class Para:
    text: str
    """Cleaned lines joined by newlines; "" for an empty paragraph."""
    where: tuple[str, str]
    bold: bool = False
    centred: bool = False

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n") if self.text else []

    @property
    def one_line(self) -> str:
        return " ".join(self.lines)


@dataclass
class Slot:
    """One layout column of one table row."""

    text: str = ""
    span: int = 1
    """How many columns the cell covers in this row; 0 for the repeated columns of a span."""
    merged_above: bool = False
    """A vertical merge: the text belongs to a row above."""


@dataclass
class Grid:
    number: int
    rows: list[list[Slot]]
    width: int


@dataclass
class Blocks:
    items: list[Para | Grid]
    extra: list[Unmapped] = field(default_factory=list)
    """Text outside the flow: text boxes, page headers and footers, nested tables."""


def _read_blocks(document: Any) -> Blocks:
    blocks = Blocks([])
    paragraph_count = 0
    table_count = 0
    for element in _block_elements(document.element.body):
        if element.tag == _W + "p":
            boxes: list[str] = []
            text = _clean(_element_text(element, boxes))
            paragraph = Paragraph(element, document._body)
            if text:
                paragraph_count += 1
            where = (
                f"ย่อหน้าที่ {paragraph_count} (นับเฉพาะย่อหน้าที่มีข้อความ)",
                f"paragraph {paragraph_count} (counting paragraphs with text)",
            )
            for box in boxes:
                blocks.extra.append(
                    Unmapped(f"กล่องข้อความใกล้{where[0]}", f"text box near {where[1]}", box)
                )
            blocks.items.append(
                Para(
                    text,
                    where,
                    bold=bool(text) and _is_bold(paragraph),
                    centred=_alignment(paragraph) == WD_ALIGN_PARAGRAPH.CENTER,
                )
            )
        else:
            table_count += 1
            blocks.items.append(_read_table(Table(element, document._body), table_count, blocks))
    for section in document.sections:
        for kind_th, kind_en, parts in (
            ("หัวกระดาษ", "page header", (section.header, section.first_page_header)),
            ("ท้ายกระดาษ", "page footer", (section.footer, section.first_page_footer)),
        ):
            for part in parts:
                if part.is_linked_to_previous:
                    continue
                for element in part._element.iter(_W + "p"):
                    text = _clean(_element_text(element, []))
                    if re.search(r"[^\W\d_]", text) and not any(
                        u.text == text and u.where_english == kind_en for u in blocks.extra
                    ):
                        blocks.extra.append(Unmapped(kind_th, kind_en, text))
    return blocks


def _is_bold(paragraph: Any) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    if not runs:
        return False
    style_font = paragraph.style.font if paragraph.style is not None else None
    style_bold = bool(style_font is not None and style_font.bold)
    return all(run.bold or (run.bold is None and style_bold) for run in runs)


def _alignment(paragraph: Any) -> Any:
    if paragraph.alignment is not None:
        return paragraph.alignment
    style = paragraph.style
    return style.paragraph_format.alignment if style is not None else None


def _read_table(table: Any, number: int, blocks: Blocks) -> Grid:
    rows: list[list[Slot]] = []
    earlier: set[Any] = set()  # the cells of rows above (kept alive: lxml proxies compare by id)
    for row_index, row in enumerate(table.rows, start=1):
        slots: list[Slot] = [Slot() for _ in range(row.grid_cols_before)]
        in_row: list[Any] = []
        for cell in row.cells:
            tc = cell._tc
            if in_row and tc is in_row[-1]:
                slots.append(Slot(span=0))
                slots[_last_real(slots)].span += 1
                continue
            in_row.append(tc)
            if tc in earlier:
                slots.append(Slot(merged_above=True))
                continue
            slots.append(Slot(_cell_text(tc, number, row_index, len(slots) + 1, blocks)))
        slots.extend(Slot() for _ in range(row.grid_cols_after))
        earlier.update(in_row)
        rows.append(slots)
    width = max((len(r) for r in rows), default=0)
    for slots in rows:
        slots.extend(Slot() for _ in range(width - len(slots)))
    return Grid(number, rows, width)


def _last_real(slots: list[Slot]) -> int:
    return max(i for i, slot in enumerate(slots) if slot.span > 0)


def _cell_text(tc: Any, table: int, row: int, column: int, blocks: Blocks) -> str:
    parts = []
    boxes: list[str] = []
    for element in _block_elements(tc):
        if element.tag == _W + "p":
            parts.append(_clean(_element_text(element, boxes)))
        else:
            nested = [_clean(_element_text(p, boxes)) for p in element.iter(_W + "p")]
            text = "\n".join(t for t in nested if t)
            if text:
                blocks.extra.append(
                    Unmapped(
                        f"ตารางซ้อนในตารางที่ {table} แถวที่ {row} ช่องที่ {column}",
                        f"table nested in table {table}, row {row}, column {column}",
                        text,
                    )
                )
    for box in boxes:
        blocks.extra.append(
            Unmapped(
                f"กล่องข้อความในตารางที่ {table} แถวที่ {row}",
                f"text box in table {table}, row {row}",
                box,
            )
        )
    return "\n".join(p for p in parts if p)
