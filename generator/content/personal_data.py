"""Personal data (PDPA): Thai citizen IDs and mobile numbers are stopped before publishing.

The Personal Data Protection Act B.E. 2562 forbids publishing a person's data without a
lawful reason, and a transparency site is exactly where a scanned complaint, a list of
beneficiaries or an officer's own mobile number slips in. So the check stage reads every
value of every YAML file, every cell of the statistics CSV files, every file name, and the
text of the documents under content/ (PDF text layer, Word, Excel, CSV), and reports each

- **citizen ID**: 13 digits whose last digit is the mod-11 check digit of the first twelve,
  written together or in the card's 1-2345-67890-12-3 grouping (dashes or spaces), in
  Arabic or Thai digits. Numbers starting with 0 are left alone: 0 starts the 13-digit
  numbers of companies and public agencies (tax and juristic-person numbers), which
  procurement reports must publish;
- **mobile number**: 06, 08 or 09 and eight more digits in the groupings people write
  (081-234-5678, 08-1234-5678, 0812345678, +66 81 234 5678, Thai digits too). Office lines
  (02 …, 0 7xxx xxxx) are not mobiles and are not reported.

Each find is an error at its file and line (for a document: its page, sheet and cell, or
paragraph), with the number masked, so the log that reports it does not spread it again.

Two things are not errors: the agency's own numbers in the contact fields of agency.yml
(``phone``, ``address``), wherever they appear; and the numbers listed, each with its
reason, under ``published_on_purpose`` in agency.yml. An entry there that is not a citizen
ID or mobile number is an error, and one that appears nowhere is a warning (it would
silently allow that number forever).

Scanned pages (images without a text layer) and pictures cannot be read; the README says
to check them by eye.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from prongsai.content.layout import AGENCY_FILE, STATISTICS_FOLDER, display_path
from prongsai.content.load import Document, FieldPath, dotted
from prongsai.content.load_csv import load_csv
from prongsai.content.problems import Location, Problem, Severity
from prongsai.content.validate import ValidContent
from prongsai.content.walk import ContentTree
from prongsai.shared import thai

Kind = Literal["citizen_id", "mobile"]

_D = "[0-9๐-๙]"
# Word turns "-" into an en dash and Thai text often carries no-break spaces, so both
# count as the dash and the space people meant.
_DASH = "[-.\u2010\u2011\u2012\u2013\u2014\u2212]"
_SPACE = "[ \u00a0]"
# Between digit groups: nothing, a space, or a dash or dot (with a space either side).
_S = rf"(?:{_SPACE}?{_DASH}{_SPACE}?|{_SPACE})?"
# Not glued to more digits: "12345678901234" or "3.1234567890123" are other numbers.
_BEFORE = rf"(?<!{_D})(?<!{_D}[-./,\u2013])"
_AFTER = rf"(?!{_D})(?![-./,\u2013]{_D})"

_CITIZEN_ID = re.compile(rf"{_BEFORE}{_D}{_S}{_D}{{4}}{_S}{_D}{{5}}{_S}{_D}{{2}}{_S}{_D}{_AFTER}")
_NATIONAL = "[0๐]"
_MOBILE_START = "[689๖๘๙]"
_MOBILE = re.compile(
    _BEFORE
    + "(?:"
    # 081-234-5678, 081-2345678, 0812345678, 081 234 5678
    + rf"{_NATIONAL}{_MOBILE_START}{_D}{_S}{_D}{{3}}{_S}{_D}{{4}}"
    # 08-1234-5678
    + rf"|{_NATIONAL}{_MOBILE_START}{_S}{_D}{{4}}{_S}{_D}{{4}}"
    # 0812-345-678
    + rf"|{_NATIONAL}{_MOBILE_START}{_D}{{2}}{_S}{_D}{{3}}{_S}{_D}{{3}}"
    # +66 81 234 5678, +66812345678, (+66) 8 1234 5678, +66 (0) 81 234 5678
    + rf"|(?:\+{_SPACE}?|\(\+)(?:66|๖๖)\)?{_S}(?:\([0๐]\){_SPACE}?)?"
    + rf"(?:{_MOBILE_START}{_D}{_S}{_D}{{3}}{_S}{_D}{{4}}"
    + rf"|{_MOBILE_START}{_S}{_D}{{4}}{_S}{_D}{{4}})"
    + ")"
    + _AFTER
)


@dataclass(frozen=True)
class Find:
    """One personal number in a text."""

    kind: Kind
    digits: str
    """Arabic digits only; a mobile in its national form (0812345678, never +66…)."""
    written: str
    """As it stands in the text."""
    start: int

    @property
    def masked(self) -> str:
        """The number with most digits hidden, enough for the editor to find it."""
        d = self.digits
        if self.kind == "citizen_id":
            # First and last digits only: digits 2–5 would name the registering office.
            return f"{d[0]}-xxxx-xxxxx-x{d[11]}-{d[12]}"
        return f"{d[:2]}x-xxx-xx{d[8:]}"

    @property
    def key(self) -> tuple[Kind, str]:
        return (self.kind, self.digits)


def is_citizen_id(digits: str) -> bool:
    """13 Arabic digits with a valid check digit (the mod-11 rule of the Thai ID card)."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum(int(d) * weight for d, weight in zip(digits[:12], range(13, 1, -1), strict=True))
    return (11 - total % 11) % 10 == int(digits[12])


def find_numbers(text: str) -> list[Find]:
    """Every citizen ID and mobile number in ``text``, in order."""
    if not _HAS_DIGITS.search(text):
        return []  # most values: no need to run the patterns
    finds: list[Find] = []
    taken: list[range] = []
    for match in _CITIZEN_ID.finditer(text):
        digits = _digits(match.group())
        # A leading 0 is a company's or an agency's number, public by law (module doc).
        if digits[0] != "0" and is_citizen_id(digits):
            finds.append(Find("citizen_id", digits, match.group(), match.start()))
            taken.append(range(match.start(), match.end()))
    for match in _MOBILE.finditer(text):
        if any(match.start() in span or match.end() - 1 in span for span in taken):
            continue  # ten digits inside a spaced-out citizen ID: one find, not two
        digits = _digits(match.group())
        national = "0" + digits[-9:]  # +66 8x… and 08x… are the same number
        finds.append(Find("mobile", national, match.group(), match.start()))
    return sorted(finds, key=lambda f: f.start)


_HAS_DIGITS = re.compile(rf"{_D}{{3}}")


def mask_digits(text: str) -> str:
    """``text`` with every digit but the first two and the last two replaced by x: an entry
    that is not a valid number may still be someone's ID with one digit mistyped."""
    positions = [i for i, ch in enumerate(text) if ch.isdigit()]
    hidden = set(positions[2:-2])
    return "".join("x" if i in hidden else ch for i, ch in enumerate(text))


def _digits(text: str) -> str:
    return "".join(ch for ch in thai.to_arabic_digits(text) if ch.isdigit())


# ---- what is allowed ----------------------------------------------------------------------------

CONTACT_FIELDS = ("phone", "address")
"""agency.yml fields whose numbers are the agency's own: allowed wherever they appear."""
ALLOWLIST_FIELD = "published_on_purpose"


@dataclass(frozen=True)
class _Entry:
    where: Location
    field_path: str
    listed: bool
    """In published_on_purpose (warned about when unused), not a contact field."""


def _allowed(agency: Document | None, problems: list[Problem]) -> dict[tuple[Kind, str], _Entry]:
    allowed: dict[tuple[Kind, str], _Entry] = {}
    if agency is None or not isinstance(agency.data, dict):
        return allowed
    for name in CONTACT_FIELDS:
        value = agency.data.get(name)
        if isinstance(value, str):
            for find in find_numbers(value):
                if find.kind == "mobile":  # an office line; a citizen ID never is one
                    allowed[find.key] = _Entry(agency.location((name,)), name, listed=False)
    entries = agency.data.get(ALLOWLIST_FIELD)
    if not isinstance(entries, list):
        return allowed  # absent, or wrongly shaped: the record check says so
    for index, entry in enumerate(entries):
        path: FieldPath = (ALLOWLIST_FIELD, index, "number")
        number = entry.get("number") if isinstance(entry, dict) else None
        if not isinstance(number, str):
            continue  # the record check reports a missing or non-text number
        finds = find_numbers(number)
        # The entry must be one whole number: "081-234-5678 ต่อ 12" or a typo would
        # otherwise allow nothing, or something else, without anyone noticing.
        if len(finds) != 1 or _digits(finds[0].written) != _digits(number):
            problems.append(
                Problem(
                    "published_on_purpose_invalid",
                    agency.location(path),
                    dotted(path),
                    context={"source": mask_digits(number)},
                )
            )
            continue
        allowed.setdefault(finds[0].key, _Entry(agency.location(path), dotted(path), True))
    return allowed


# ---- the scan -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    find: Find
    where: Location
    field_path: str = ""
    place: tuple[str, str] | None = None
    """Inside a document: (Thai, English), e.g. ("หน้า 3", "page 3")."""
    in_file_name: bool = False


def check(content: ValidContent) -> list[Problem]:
    """Every personal number in the content that is not allowed, plus the allowlist's own
    problems. ``content.loaded`` holds every YAML file that could be parsed."""
    problems: list[Problem] = []
    agency = next((d for d in content.loaded if _is_agency_file(d, content.content_dir)), None)
    allowed = _allowed(agency, problems)
    found: list[_Found] = []
    for document in content.loaded:
        found.extend(_in_yaml(document, skip_allowlist=document is agency))
    found.extend(_in_statistics_tables(content.files))
    for path in sorted(content.files.files.values()):
        found.extend(_in_file_name(path, content.content_dir))
        found.extend(_in_document(path, content.content_dir))
    used: set[tuple[Kind, str]] = set()
    agency_file = agency.relative if agency else display_path(content.content_dir / AGENCY_FILE)
    for item in found:
        if item.find.key in allowed:
            used.add(item.find.key)
        else:
            problems.append(_problem(item, agency_file))
    for key, entry in allowed.items():
        if entry.listed and key not in used:
            problems.append(
                Problem(
                    "published_on_purpose_unused",
                    entry.where,
                    entry.field_path,
                    Severity.WARNING,
                    context={"masked": Find(key[0], key[1], "", 0).masked},
                )
            )
    return problems


def _is_agency_file(document: Document, content_dir: Path) -> bool:
    return document.path.parent == content_dir and document.path.stem == "agency"


def _problem(item: _Found, agency_file: str) -> Problem:
    context: dict[str, Any] = {"masked": item.find.masked, "agency_file": agency_file}
    if item.in_file_name:
        code = f"{item.find.kind}_in_file_name"
    elif item.place is not None:
        code = f"{item.find.kind}_in_document"
        context |= {"place_th": item.place[0], "place_en": item.place[1]}
    else:
        code = item.find.kind
    return Problem(code, item.where, item.field_path, context=context)


def _in_yaml(document: Document, *, skip_allowlist: bool) -> Iterator[_Found]:
    lines: list[str] | None = None
    for path, scalar in document.scalars.items():
        if skip_allowlist and path[:1] == (ALLOWLIST_FIELD,):
            continue  # the allowlist names its numbers on purpose
        for find in find_numbers(scalar.source):
            if lines is None:
                lines = _lines(document.path)
            yield _Found(find, _line_of(find, document, path, lines), dotted(path))


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def _line_of(find: Find, document: Document, path: FieldPath, lines: list[str]) -> Location:
    """The line the number is written on: a block of Markdown starts lines above it."""
    start = document.location(path)
    for number in range((start.line or 1) - 1, len(lines)):
        column = lines[number].find(find.written)
        if column >= 0:
            return Location(_shown(document.relative), number + 1, column + 1)
    return Location(_shown(document.relative), start.line, start.column)


def _in_statistics_tables(tree: ContentTree) -> Iterator[_Found]:
    for path in tree.under(STATISTICS_FOLDER, [".csv"]):
        table, _ = load_csv(path, _shown(path))  # its problems are reported already
        if table is None:
            continue
        for row in (table.header, *table.rows):
            for cell in row:
                for find in find_numbers(cell.text):
                    yield _Found(find, table.location(cell))


DOCUMENT_SUFFIXES = (".pdf", ".docx", ".xlsx", ".csv", ".md")
"""Documents whose text is read. Images and old binary formats (.doc, .xls) are not."""


def _in_file_name(path: Path, content_dir: Path) -> Iterator[_Found]:
    for find in find_numbers(path.relative_to(content_dir).as_posix()):
        yield _Found(find, Location(_shown(path)), in_file_name=True)


def _shown(path: Path | str) -> str:
    """A path for the messages, with any personal number in it masked: the log of a
    public repository's checks is public too."""
    shown = display_path(path) if isinstance(path, Path) else path
    for find in find_numbers(shown):
        shown = shown.replace(find.written, find.masked)
    return shown


Place = tuple[str, str, int | None]
"""Where a text stands in a document: Thai, English, and a line for text files."""


def _in_document(path: Path, content_dir: Path) -> Iterator[_Found]:
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        return
    if suffix == ".csv" and path.is_relative_to(content_dir / STATISTICS_FOLDER):
        return  # statistics tables are read cell by cell above
    shown = _shown(path)
    stat = path.stat()
    for (place_th, place_en, line), find in document_finds(path, stat.st_size, stat.st_mtime_ns):
        yield _Found(find, Location(shown, line), place=(place_th, place_en))


@functools.lru_cache(maxsize=4096)
def document_finds(path: Path, size: int, modified_ns: int) -> tuple[tuple[Place, Find], ...]:
    """Every personal number in one document, with its place. Reading a document is the
    scan's whole cost (benchmarks/README.md), so ``prongsai serve``, which checks again
    after every edit in the same process, reads again only the documents that changed
    (``size`` and ``modified_ns`` are in the key for that)."""
    reader = {
        ".pdf": _pdf_text,
        ".docx": _docx_text,
        ".xlsx": _xlsx_text,
        ".csv": _csv_text,
        ".md": _csv_text,  # a page of content/pages/: line by line, as a CSV
    }
    return tuple(
        (place, find)
        for place, text in reader[path.suffix.lower()](path)
        for find in find_numbers(text)
    )


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """pypdf and openpyxl warn about every oddity of a file on stderr, between the
    messages the editor reads; the file is published as is either way."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


# A file these libraries cannot read (damaged, encrypted, not really that format) is still
# published as is; its text cannot be checked, so reading stops quietly there. Their
# exceptions have no common base class, hence the broad ``except Exception``.


def _pdf_text(path: Path) -> Iterator[tuple[Place, str]]:
    from pypdf import PdfReader

    with _quiet():
        try:
            reader = PdfReader(path, strict=False)
            if reader.is_encrypted:
                reader.decrypt("")
            pages = list(reader.pages)
        except Exception:
            return
        for number, page in enumerate(pages, start=1):
            try:
                text = page.extract_text() or ""
            except Exception:
                continue
            yield (f"หน้า {number}", f"page {number}", None), text


_WORD_PARTS = re.compile(r"/word/(header|footer|footnotes|endnotes|comments)\d*\.xml")
_WORD_PART_NAMES = {
    "header": "หัวกระดาษ",
    "footer": "ท้ายกระดาษ",
    "footnotes": "เชิงอรรถ",
    "endnotes": "อ้างอิงท้ายเอกสาร",
    "comments": "ข้อคิดเห็น",
}


def _docx_text(path: Path) -> Iterator[tuple[Place, str]]:
    import docx
    from docx.oxml import parse_xml

    try:
        document = docx.Document(str(path))
        body = list(document.element.body.iterchildren())
        others = [
            (match.group(1), str(part.partname)[1:], parse_xml(part.blob))
            for part in document.part.package.iter_parts()
            if (match := _WORD_PARTS.fullmatch(str(part.partname)))
        ]
    except Exception:
        return
    # The body in reading order: paragraphs (text boxes included) numbered as a reader
    # counts them, tables by table and row, so the editor can find the place in Word.
    paragraph = table = 0
    for element in body:
        tag = element.tag.rpartition("}")[2]
        if tag == "sectPr":
            continue
        if tag == "tbl":
            table += 1
            for row_number, row in enumerate(element.iter(_w("tr")), start=1):
                cells = [_word_text(cell) for cell in row.iterchildren(_w("tc"))]
                place = (
                    f"ตารางที่ {table} แถวที่ {row_number}",
                    f"table {table}, row {row_number}",
                    None,
                )
                yield place, " | ".join(cells)
            continue
        paragraph += 1
        yield (f"ย่อหน้าที่ {paragraph}", f"paragraph {paragraph}", None), _word_text(element)
    for kind, name, root in others:
        place = (f"{_WORD_PART_NAMES[kind]} ({name})", f"{kind} ({name})", None)
        for element in root.iter(_w("p")):
            yield place, _word_text(element)


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag


def _word_text(element: Any) -> str:
    """The text of a Word element: runs joined (Word splits a number over several runs at
    will), paragraphs apart (two numbers in two paragraphs are not one number)."""
    paragraphs = [element] if element.tag == _w("p") else list(element.iter(_w("p")))
    if not paragraphs:
        return "".join(t.text or "" for t in element.iter(_w("t")))
    return " ".join("".join(t.text or "" for t in p.iter(_w("t"))) for p in paragraphs)


def _xlsx_text(path: Path) -> Iterator[tuple[Place, str]]:
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    with _quiet():
        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except Exception:
            return
        try:
            for sheet in workbook.worksheets:
                for row_number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                    for column, value in enumerate(row, start=1):
                        if value is None:
                            continue
                        cell = f"{get_column_letter(column)}{row_number}"
                        place = (
                            f'แผ่นงาน "{sheet.title}" เซลล์ {cell}',
                            f'sheet "{sheet.title}", cell {cell}',
                            None,
                        )
                        yield place, _cell_text(value)
        except Exception:
            return
        finally:
            workbook.close()


def _cell_text(value: Any) -> str:
    # A number typed into a cell comes back as 1234567890123.0; as text it is the digits.
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _csv_text(path: Path) -> Iterator[tuple[Place, str]]:
    try:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError:
        return
    for number, line in enumerate(text.splitlines(), start=1):
        yield (f"บรรทัด {number}", f"line {number}", number), line
